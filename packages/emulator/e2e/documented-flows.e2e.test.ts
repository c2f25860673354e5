// Flows Belvo's pages document, in Chromium against the built emulator: the hosted OFDA widget
// of the Brazil page (seed 000) with its consent step, the same page under the wrapped payload
// style, the success screen before the callback, and the allowed-URLs failure of the older
// guide's troubleshooting (seed 003).

import { launchChromium } from '@belvo-widget/browser-kit'
import { type RunningEmulator, SANDBOX_CREDENTIALS, startEmulator } from '@belvo-widget/emulator'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { HOSTED_URLS, TOKEN_REQUESTS } from '../../../fixtures/belvo-docs.ts'
import { runWalk } from '../src/playwright/index.ts'
import { loginWalk } from '../src/sdk/login-walk.ts'
import { html, startSite } from './support.ts'

let browser: Browser
let page: Page
let app: Awaited<ReturnType<typeof startSite>>
let callback_urls: Record<'success' | 'exit' | 'event', string>

beforeAll(async () => {
  ;[browser, app] = await Promise.all([
    launchChromium(),
    startSite({ '/success': html('app'), '/exit': html('app'), '/error': html('app') }),
  ])
  // http deep links (a local server stands for the app) so Chromium can follow them.
  callback_urls = {
    success: `${app.url}/success`,
    exit: `${app.url}/exit`,
    event: `${app.url}/error`,
  }
})
afterAll(async () => {
  await browser?.close()
  await app?.close()
})

/** The Brazil page's business token request, as printed but for the keys and the deep links. */
async function ofdaToken(emulator: RunningEmulator): Promise<string> {
  const printed = TOKEN_REQUESTS[1]!.example as { widget: Record<string, unknown> }
  const res = await fetch(`${emulator.url}/api/token/`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      ...printed,
      id: emulator.secretId,
      password: emulator.secretPassword,
      widget: { ...printed.widget, callback_urls },
    }),
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { access: string }).access
}

/**
 * The page's hosted URL with its startup configuration, on the emulator. `institutions` is left
 * out: the sandbox has no `ofbradesco_br_retail`, and Erebor Brasil is Brazil's retail bank there.
 */
function hostedUrl(emulator: RunningEmulator, access: string): string {
  const printed = new URL(HOSTED_URLS[1]!.example.url)
  const url = new URL(`${emulator.url}/`)
  for (const [key, value] of printed.searchParams) {
    if (key !== 'institutions') url.searchParams.set(key, key === 'access_token' ? access : value)
  }
  return url.href
}

const deepLink = async () => {
  await page.waitForURL((url) => url.href.startsWith(app.url))
  const url = new URL(page.url())
  return { path: url.pathname, params: Object.fromEntries(url.searchParams) }
}

describe('the hosted OFDA widget (seed 000)', () => {
  let emulator: RunningEmulator
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, quiet: true })
    page = await browser.newPage()
  })
  afterAll(async () => {
    await page?.close()
    await emulator?.close()
  })

  it('consent, then the bank, then success → callback_urls.success; the link keeps external_id', async () => {
    await page.goto(hostedUrl(emulator, await ofdaToken(emulator)))
    const consent = page.locator('[data-bw-screen="consent"]')
    await consent
      .getByRole('heading', { name: 'Autorize o compartilhamento dos seus dados' })
      .waitFor()
    await expect(consent.textContent()).resolves.toContain('Soluções financeiras personalizadas')
    await expect(consent.textContent()).resolves.toContain('Belvo OF test')
    await runWalk(
      page.locator('body'),
      loginWalk(SANDBOX_CREDENTIALS.success, {
        institution: 'erebor_br_retail',
        locale: 'pt',
        from: 'consent',
      }),
    )
    await page.getByRole('heading', { name: 'Conta conectada!' }).waitFor()
    const { path, params } = await deepLink()
    expect(path).toBe('/success')
    expect(params.institution).toBe('erebor_br_retail')
    const link = await fetch(`${emulator.url}/api/links/${params.link}/`, {
      headers: {
        authorization: `Basic ${btoa(`${emulator.secretId}:${emulator.secretPassword}`)}`,
      },
    })
    expect(await link.json()).toMatchObject({
      id: params.link,
      institution: 'erebor_br_retail',
      access_mode: 'recurrent',
      external_id: 'HJLSI-897809',
    })
  })

  it('with payloadStyle wrapped, leaving on the consent step still deep-links the abandon', async () => {
    const wrapped = await startEmulator({ port: 0, quiet: true, payloadStyle: 'wrapped' })
    try {
      await page.goto(hostedUrl(wrapped, await ofdaToken(wrapped)))
      await page.getByRole('button', { name: 'Fechar' }).click()
      await page.getByRole('alertdialog').getByRole('button', { name: 'Sair' }).click()
      await page.getByRole('button', { name: 'Sair sem responder' }).click()
      expect(await deepLink()).toEqual({
        path: '/exit',
        params: { meta_data_step: 'abandon-survey' },
      })
    } finally {
      await wrapped.close()
    }
  })
})

describe('allowed URLs (seed 003)', () => {
  let emulator: RunningEmulator
  let allowed: Awaited<ReturnType<typeof startSite>>
  let other: Awaited<ReturnType<typeof startSite>>
  const harness = (
    scriptUrl: string,
  ) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script src="${scriptUrl}"></script></head><body><div id="belvo"></div><script>
window.calls = [];
window.openWidget = function (token) {
  window.belvoSDK.createWidget(token, {
    locale: 'en',
    callback: function (link) { calls.push(['callback', link, document.querySelector('#belvo h2').textContent]) },
    onExit: function () { calls.push(['exit']) },
    onEvent: function (e) { calls.push([e.eventName]) },
  }).build();
};</script></body></html>`

  beforeAll(async () => {
    // The sites look their routes up per request: the harness goes in once the emulator runs.
    const routes: Parameters<typeof startSite>[0] = {}
    ;[allowed, other] = await Promise.all([startSite(routes), startSite(routes)])
    emulator = await startEmulator({ port: 0, quiet: true, allowedOrigins: [allowed.url] })
    routes['/'] = html(harness(emulator.scriptUrl))
  })
  afterAll(async () => {
    await Promise.all([allowed?.close(), other?.close()])
    await emulator?.close()
  })

  const token = async () => {
    const res = await fetch(`${emulator.url}/api/token/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: emulator.secretId,
        password: emulator.secretPassword,
        scopes: 'read_institutions,write_links',
      }),
    })
    return ((await res.json()) as { access: string }).access
  }

  it('a page on an allowed URL links an account; the success screen shows before the callback', async () => {
    const tab = await browser.newPage()
    try {
      await tab.goto(allowed.url)
      await tab.evaluate(
        (t) => (window as never as { openWidget(t: string): void }).openWidget(t),
        await token(),
      )
      await runWalk(
        tab.locator('#belvo').getByRole('dialog'),
        loginWalk(SANDBOX_CREDENTIALS.success),
      )
      await tab.waitForFunction(() =>
        (window as never as { calls: unknown[][] }).calls.some((c) => c[0] === 'callback'),
      )
      const calls = await tab.evaluate(() => (window as never as { calls: unknown[][] }).calls)
      expect(calls.find((c) => c[0] === 'callback')?.[2]).toBe('Account connected!')
    } finally {
      await tab.close()
    }
  })

  it('a page elsewhere: a CORS error in the console, an empty widget, nothing reported', async () => {
    const tab = await browser.newPage()
    const console: string[] = []
    tab.on('console', (message) => {
      if (message.type() === 'error') console.push(message.text())
    })
    try {
      await tab.goto(other.url)
      await tab.evaluate(
        (t) => (window as never as { openWidget(t: string): void }).openWidget(t),
        await token(),
      )
      const dialog = tab.locator('#belvo').getByRole('dialog')
      await expect.poll(() => console.join('\n')).toMatch(/CORS/)
      await expect.poll(() => console.join('\n')).toMatch(/allowed URLs/)
      await dialog.waitFor()
      expect(await dialog.getByRole('textbox').count()).toBe(0)
      expect(await dialog.getByRole('button', { name: 'Continue' }).count()).toBe(0)
      expect(await tab.evaluate(() => (window as never as { calls: unknown[][] }).calls)).toEqual(
        [],
      )
    } finally {
      await tab.close()
    }
  })
})
