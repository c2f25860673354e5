// The hosted widget page in each engine: a webview would open it with the documented query
// parameters, and each outcome ends in a redirect to the token's callback_urls.

import { engineName, launchBrowser } from '@belvo-widget/browser-kit'
import { type RunningEmulator, SANDBOX_CREDENTIALS, startEmulator } from '@belvo-widget/emulator'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runWalk } from '../src/playwright/index.ts'
import { loginWalk } from '../src/sdk/login-walk.ts'
import { html, startSite, widgetToken } from './support.ts'

let emulator: RunningEmulator
let browser: Browser
let page: Page
let app: Awaited<ReturnType<typeof startSite>>
// http deep links (a local server stands for the app) so the browser can follow them.
let callback_urls: Record<'success' | 'exit' | 'event', string>

beforeAll(async () => {
  ;[emulator, browser, app] = await Promise.all([
    startEmulator({ port: 0, quiet: true }),
    launchBrowser(),
    startSite({ '/success': html('app'), '/exit': html('app'), '/error': html('app') }),
  ])
  callback_urls = {
    success: `${app.url}/success`,
    exit: `${app.url}/exit`,
    event: `${app.url}/error`,
  }
  page = await browser.newPage()
})
afterAll(async () => {
  await browser?.close()
  await app?.close()
  await emulator?.close()
})

async function open(query: Record<string, string>, token?: string) {
  const access = token ?? (await widgetToken(emulator.url, { widget: { callback_urls } })).access
  await page.goto(`${emulator.url}/?${new URLSearchParams({ access_token: access, ...query })}`)
  return access
}

const deepLink = async () => {
  await page.waitForURL((url) => url.href.startsWith(app.url))
  const url = new URL(page.url())
  return { path: url.pathname, params: Object.fromEntries(url.searchParams) }
}

describe(`hosted widget in ${engineName()}`, () => {
  it('success → callback_urls.success?link=…&institution=…', async () => {
    await open({
      locale: 'pt',
      mode: 'webapp',
      institutions: 'erebor_br_retail',
      country_codes: 'BR',
    })
    await page.getByLabel('CPF').fill(SANDBOX_CREDENTIALS.success.username)
    await page.getByLabel('Senha').fill(SANDBOX_CREDENTIALS.success.password)
    await page.getByRole('button', { name: 'Conectar' }).click()
    const { path, params } = await deepLink()
    expect(path).toBe('/success')
    expect(params).toEqual({
      link: expect.stringMatching(/^[0-9a-f-]{36}$/),
      institution: 'erebor_br_retail',
    })
  })

  it('abandon at the first screen → exit?meta_data_step=abandon-survey', async () => {
    await open({ locale: 'en' })
    await page.getByRole('button', { name: 'Close' }).click()
    await page.getByRole('button', { name: 'Exit', exact: true }).click()
    await page.getByRole('button', { name: 'Exit without answering' }).click()
    expect(await deepLink()).toEqual({
      path: '/exit',
      params: { meta_data_step: 'abandon-survey' },
    })
  })

  it('exit after a login error → exit with last_encountered_error_* and the institution', async () => {
    await open({
      locale: 'en',
      show_close_dialog: 'false',
      institutions: 'erebor_mx_retail,erebor_co_retail',
    })
    // The hosted widget is the whole page, not a dialog in #belvo.
    await runWalk(page.locator('body'), loginWalk(SANDBOX_CREDENTIALS.tooManySessions))
    await page.getByRole('alert').waitFor()
    await page.getByRole('button', { name: 'Close' }).click()
    expect(await deepLink()).toEqual({
      path: '/exit',
      params: {
        last_encountered_error_code: 'too_many_sessions',
        last_encountered_error_message: SANDBOX_CREDENTIALS.tooManySessions.outcome.message,
        meta_data_institution_name: 'erebor_mx_retail',
      },
    })
  })

  it('a disabled institution → event URL with warning=institution_disabled', async () => {
    await open({ locale: 'en', country_codes: 'CO' })
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('button', { name: /Moria Banco CO/ }).click()
    expect(await deepLink()).toEqual({
      path: '/error',
      params: {
        warning: 'institution_disabled',
        warning_message: 'The institution is temporarily unavailable.',
      },
    })
  })

  it('a token without the widget scopes → event URL with error=ACCESS_TOKEN_NOT_VALID', async () => {
    const access = (
      await widgetToken(emulator.url, { scopes: undefined, widget: { callback_urls } })
    ).access
    await open({ locale: 'en' }, access)
    expect(await deepLink()).toEqual({
      path: '/error',
      params: {
        error: 'ACCESS_TOKEN_NOT_VALID',
        error_message: 'The access token was not provided or is not valid',
      },
    })
  })

  it('a spent token → event URL with error=ACCESS_TOKEN_NOT_VALID', async () => {
    const access = (await widgetToken(emulator.url, { widget: { callback_urls } })).access
    await fetch(`${emulator.url}/widget/links`, {
      method: 'POST',
      body: JSON.stringify({
        access_token: access,
        institution: 'erebor_mx_retail',
        ...SANDBOX_CREDENTIALS.success,
      }),
    })
    await open({ locale: 'es' }, access)
    expect(await deepLink()).toEqual({
      path: '/error',
      params: {
        error: 'ACCESS_TOKEN_NOT_VALID',
        error_message: 'The access token was not provided or is not valid',
      },
    })
  })
})
