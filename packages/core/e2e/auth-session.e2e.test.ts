// openHostedWidgetAuthSession with a system-browser stand-in built on Chromium (a phone
// viewport, a tab per session, the session ending at the first request to `redirectUrl` or
// when the tab is closed, as Expo's openAuthSessionAsync and @capacitor/browser behave), against
// the emulator's hosted widget page and its real deep links.
import { launchChromium } from '@belvo-widget/browser-kit'
import { type RunningEmulator, SANDBOX_CREDENTIALS, startEmulator } from '@belvo-widget/emulator'
import { type Browser, devices, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AuthSessionOpener,
  buildHostedWidgetUrl,
  openHostedWidgetAuthSession,
} from '../src/hosted/index.ts'

let emulator: RunningEmulator
let browser: Browser
beforeAll(async () => {
  ;[emulator, browser] = await Promise.all([
    startEmulator({ port: 0, quiet: true }),
    launchChromium(),
  ])
})
afterAll(async () => {
  await browser?.close()
  await emulator?.close()
})

const callbackUrls = { success: 'myapp://success', exit: 'myapp://exit', event: 'myapp://error' }

async function hostedUrl(config: Record<string, unknown>) {
  const res = await fetch(`${emulator.url}/api/token/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      id: emulator.secretId,
      password: emulator.secretPassword,
      scopes: 'read_institutions,write_links',
      widget: { callback_urls: callbackUrls },
    }),
  })
  const { access } = (await res.json()) as { access: string }
  return buildHostedWidgetUrl({ access_token: access, ...config }, { baseUrl: `${emulator.url}/` })
}

// The system browser: `user` is what the person does in it once the page is open.
const systemBrowser =
  (user: (page: Page) => Promise<void>): AuthSessionOpener =>
  async (url, redirectUrl) => {
    const context = await browser.newContext({ ...devices['Pixel 7'] })
    const page = await context.newPage()
    page.setDefaultTimeout(10_000)
    try {
      const ended = new Promise<{ type: string; url?: string }>((resolve) => {
        page.on('request', (request) => {
          if (request.url().startsWith(redirectUrl))
            resolve({ type: 'success', url: request.url() })
        })
        page.on('close', () => resolve({ type: 'cancel' }))
      })
      await page.goto(url)
      await user(page)
      return await ended
    } finally {
      await context.close()
    }
  }

describe('openHostedWidgetAuthSession in a browser session', () => {
  it('links an account: resolves with the link id the emulator created', async () => {
    const url = await hostedUrl({
      locale: 'pt',
      institutions: ['erebor_br_retail'],
      country_codes: ['BR'],
    })
    const result = await openHostedWidgetAuthSession(
      systemBrowser(async (page) => {
        await page.getByLabel('CPF').fill(SANDBOX_CREDENTIALS.success.username)
        await page.getByLabel('Senha').fill(SANDBOX_CREDENTIALS.success.password)
        await page.getByRole('button', { name: 'Conectar' }).click()
      }),
      { url, callbackUrls },
    )
    expect(result).toEqual({
      type: 'success',
      link: expect.any(String),
      institution: 'erebor_br_retail',
    })
    const link = (result as { link: string }).link
    const auth = `Basic ${btoa(`${emulator.secretId}:${emulator.secretPassword}`)}`
    const res = await fetch(`${emulator.url}/api/links/${link}/`, {
      headers: { authorization: auth },
    })
    expect(res.status).toBe(200)
  })

  it('leaving at the first screen resolves with the exit and its step', async () => {
    const url = await hostedUrl({ locale: 'en' })
    const result = await openHostedWidgetAuthSession(
      systemBrowser(async (page) => {
        await page.getByRole('button', { name: 'Close' }).click()
        await page.getByRole('button', { name: 'Exit', exact: true }).click()
        await page.getByRole('button', { name: 'Exit without answering' }).click()
      }),
      { url, callbackUrls },
    )
    expect(result).toEqual({ type: 'exit', metaData: { step: 'abandon-survey' } })
  })

  it('closing the browser resolves with cancel', async () => {
    const url = await hostedUrl({ locale: 'en' })
    const result = await openHostedWidgetAuthSession(
      systemBrowser(async (page) => {
        await page.getByRole('button', { name: 'Continue' }).waitFor()
        await page.close()
      }),
      { url, callbackUrls },
    )
    expect(result).toEqual({ type: 'cancel' })
  })
})
