// The served script (dist/sdk/belvo-widget-1-stable.js) in Chromium, Firefox and WebKit, loaded
// cross-origin by a page on another port: every outcome of the sandbox credentials table.

import { engineName, launchBrowser } from '@belvo-widget/browser-kit'
import {
  BELVO_MESSAGES,
  type RunningEmulator,
  SANDBOX_CREDENTIALS,
  type SandboxCredential,
  startEmulator,
} from '@belvo-widget/emulator'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runWalk } from '../src/playwright/index.ts'
import { loginWalk } from '../src/sdk/login-walk.ts'
import { html, startSite, widgetToken } from './support.ts'

interface Results {
  success: Array<{ link: string; institution: string }>
  exits: Array<Record<string, unknown>>
  events: Array<{ eventName: string; request_id?: string; meta_data: Record<string, string> }>
}

let emulator: RunningEmulator
let site: Awaited<ReturnType<typeof startSite>>
let browser: Browser
let page: Page

const harness = (scriptUrl: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script src="${scriptUrl}"></script></head>
<body><main><h1>Integrator page</h1></main><div id="belvo"></div>
<script>
  window.results = { success: [], exits: [], events: [] };
  window.openWidget = function (token, config) {
    window.belvoSDK.createWidget(token, Object.assign({
      locale: 'en',
      callback: function (link, institution) { results.success.push({ link: link, institution: institution }) },
      onExit: function (data) { results.exits.push(data) },
      onEvent: function (data) { results.events.push(data) },
    }, config)).build();
  };
</script></body></html>`

beforeAll(async () => {
  ;[emulator, browser] = await Promise.all([
    startEmulator({ port: 0, quiet: true }),
    launchBrowser(),
  ])
  // One page for the file: each test navigates it afresh, which resets the page state.
  page = await browser.newPage()
  site = await startSite({
    '/': html(harness(emulator.scriptUrl)),
    '/wrapped': html(harness(`${emulator.scriptUrl}?payloadStyle=wrapped`)),
    '/sandbox-build': html(harness(`${emulator.url}/belvo-widget-sandbox-1-stable.js`)),
    '/fault': html(`<!doctype html><div id="belvo"></div><script>
      window.outcome = new Promise(function (resolve) {
        var s = document.createElement('script');
        s.src = ${JSON.stringify(emulator.scriptUrl)};
        s.onload = function () { resolve('load:' + typeof window.belvoSDK) };
        s.onerror = function () { resolve('error') };
        document.head.appendChild(s);
      });</script>`),
  })
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
  await emulator?.close()
})

async function openWidget(config: Record<string, unknown> = {}, token?: string, path = '/') {
  await page.goto(`${site.url}${path}`)
  const access = token ?? (await widgetToken(emulator.url)).access
  await page.evaluate(
    ([t, c]) =>
      (window as never as { openWidget: (token: string, config: object) => void }).openWidget(t, c),
    [access, config] as const,
  )
  return access
}

const results = () => page.evaluate(() => (window as never as { results: Results }).results)
const dialog = () => page.getByRole('dialog')

const login = (institution: string, credentials: SandboxCredential) =>
  runWalk(dialog(), loginWalk(credentials, { institution }))

async function closeWidget() {
  await dialog().getByRole('button', { name: 'Close' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Exit' }).click()
}

describe(`served SDK in ${engineName()}`, () => {
  it('renders a fixed full-page overlay with a labelled modal dialog', async () => {
    await openWidget({ company_name: 'ACME Corp' })
    await expect
      .poll(() => dialog().getByRole('heading').textContent())
      .toBe('ACME Corp uses Belvo to connect your account')
    const overlay = await page.locator('#belvo .bw-overlay').evaluate((el) => {
      const style = getComputedStyle(el)
      const box = el.getBoundingClientRect()
      return { position: style.position, z: Number(style.zIndex), w: box.width, vw: innerWidth }
    })
    expect(overlay.position).toBe('fixed')
    expect(overlay.z).toBeGreaterThan(1_000_000)
    expect(overlay.w).toBe(overlay.vw)
    expect(await dialog().getAttribute('aria-modal')).toBe('true')
  })

  it('links an account when the page loads the sandbox build’s name', async () => {
    await openWidget({}, undefined, '/sandbox-build')
    await login('Erebor México', SANDBOX_CREDENTIALS.success)
    await expect.poll(async () => (await results()).success).toHaveLength(1)
    expect((await results()).success[0]?.institution).toBe('erebor_mx_retail')
  })

  it('says what to call when the page uses window.belvo or hands build() the callbacks', async () => {
    await page.goto(`${site.url}/`)
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    const { access } = await widgetToken(emulator.url)
    const thrown = await page.evaluate((token) => {
      const w = window as never as {
        belvo: { createWidget(t: string, c: object): unknown }
        belvoSDK: { createWidget(t: string, c: object): { build(c?: object): void } }
      }
      const attempt = (run: () => unknown) => {
        try {
          run()
          return 'started'
        } catch (error) {
          return (error as Error).message
        }
      }
      return [
        attempt(() => w.belvo.createWidget(token, { callback() {} })),
        attempt(() => w.belvoSDK.createWidget(token, {}).build({ callback() {} })),
      ]
    }, access)
    expect(thrown).toEqual([
      expect.stringMatching(
        /^belvoSDK: Belvo’s SDK is window\.belvoSDK, not window\.belvo, so the widget will not start\./,
      ),
      expect.stringMatching(
        /^belvoSDK: config\.callback is required and build\(\) takes no arguments, so the widget will not start\./,
      ),
    ])
    // Logged too, as Belvo's script logs why it will not start (console events arrive async).
    await expect.poll(() => errors.filter((text) => text.startsWith('belvoSDK:'))).toEqual(thrown)
    expect(await page.locator('#belvo').innerHTML()).toBe('')
  })

  it('success: callback(link, institution), and the data API knows the link', async () => {
    await openWidget()
    await login('Erebor México', SANDBOX_CREDENTIALS.success)
    await expect.poll(async () => (await results()).success.length).toBe(1)
    const { success, events, exits } = await results()
    expect(success[0]!.institution).toBe('erebor_mx_retail')
    expect(events.filter((e) => e.eventName === 'PAGE_LOAD').map((e) => e.meta_data.page)).toEqual([
      '/welcome',
      '/institutions',
      '/credentials',
      '/success',
    ])
    expect(exits).toEqual([])
    await expect.poll(() => dialog().getByRole('status').textContent()).toContain('Erebor México')

    const auth = Buffer.from('emulator-secret-id:emulator-secret-password').toString('base64')
    const accounts = await fetch(`${emulator.url}/api/accounts/`, {
      method: 'POST',
      headers: { authorization: `Basic ${auth}`, 'content-type': 'application/json' },
      body: JSON.stringify({ link: success[0]!.link }),
    })
    expect(accounts.status).toBe(201)
  })

  it('mfa: a code screen, then the link', async () => {
    await openWidget()
    // Fills the code screen with the row's token (SANDBOX_MFA_TOKEN) and verifies it.
    await login('Gotham Empresas MX', SANDBOX_CREDENTIALS.mfa)
    await expect
      .poll(async () => (await results()).success)
      .toEqual([{ link: expect.any(String), institution: 'gotham_mx_business' }])
  })

  const failures = (
    Object.entries(SANDBOX_CREDENTIALS) as Array<
      [string, (typeof SANDBOX_CREDENTIALS)['accountLocked']]
    >
  ).filter(([, c]) => c.outcome.kind === 'error')

  it.each(failures)(
    '%s: ERROR event with request_id, alert, then onExit with the error',
    async (_, cred) => {
      await openWidget()
      await login('Erebor Colombia', cred)
      await expect(dialog().getByRole('alert').textContent()).resolves.toBe(cred.outcome.message)
      const errors = (await results()).events.filter((e) => e.eventName === 'ERROR')
      expect(errors).toEqual([
        {
          eventName: 'ERROR',
          request_id: expect.stringMatching(/^[0-9a-f]{32}$/),
          meta_data: {
            error_code: cred.outcome.code,
            error_message: cred.outcome.message,
            institution_name: 'erebor_co_retail',
            timestamp: expect.any(String),
          },
        },
      ])
      await closeWidget()
      await expect
        .poll(async () => (await results()).exits)
        .toEqual([
          {
            last_encountered_error: { code: cred.outcome.code, message: cred.outcome.message },
            meta_data: { institution_name: 'erebor_co_retail' },
          },
        ])
      expect((await results()).success).toEqual([])
    },
  )

  it('a down institution: institution_down whatever the credentials', async () => {
    await openWidget()
    await login('Mordor Banco MX', SANDBOX_CREDENTIALS.success)
    await expect(dialog().getByRole('alert').textContent()).resolves.toBe(
      BELVO_MESSAGES.institution_down,
    )
  })

  it('a disabled institution: WARNING institution_disabled, the list stays', async () => {
    await openWidget()
    await dialog().getByRole('button', { name: 'Continue' }).click()
    await dialog()
      .getByRole('button', { name: /Moria Banco CO/ })
      .click()
    await expect(dialog().getByRole('status').textContent()).resolves.toContain(
      'temporarily unavailable',
    )
    const warnings = (await results()).events.filter((e) => e.eventName === 'WARNING')
    expect(warnings.map((w) => w.meta_data)).toEqual([
      {
        warning_code: 'institution_disabled',
        warning_message: BELVO_MESSAGES.institution_disabled,
        institution_name: 'moria_co_retail',
        timestamp: expect.any(String),
      },
    ])
  })

  it('leaving at the first screen: close dialog, abandon survey, step abandon-survey', async () => {
    await openWidget()
    await closeWidget()
    await dialog().getByRole('radio', { name: "I can't find my institution" }).check()
    await dialog().getByRole('button', { name: 'Send and exit' }).click()
    await expect
      .poll(async () => (await results()).exits)
      .toEqual([{ meta_data: { step: 'abandon-survey' } }])
    // The SDK leaves its DOM in #belvo (hidden); cleaning up is the integrator's job.
    expect(await page.locator('#belvo > *').count()).toBe(1)
    await expect(dialog().isVisible()).resolves.toBe(false)
  })

  it('works from the keyboard: Escape asks to exit, Enter confirms', async () => {
    await openWidget({ show_abandon_survey: false })
    await expect
      .poll(() => dialog().getByRole('heading').textContent())
      .toBe('Connect your account')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Exit')
    await page.keyboard.press('Enter')
    await expect
      .poll(async () => (await results()).exits)
      .toEqual([{ meta_data: { step: 'abandon-survey' } }])
  })

  it('a used token: ACCESS_TOKEN_NOT_VALID event and an error screen', async () => {
    const token = await openWidget({ institutions: ['erebor_br_retail'] })
    await dialog().getByLabel('CPF').fill(SANDBOX_CREDENTIALS.success.username)
    await dialog().getByLabel('Password').fill(SANDBOX_CREDENTIALS.success.password)
    await dialog().getByRole('button', { name: 'Connect' }).click()
    await expect.poll(async () => (await results()).success.length).toBe(1)
    await openWidget({}, token)
    await expect(dialog().getByRole('alert').textContent()).resolves.toMatch(
      /not valid or has expired/,
    )
    const errors = (await results()).events.filter((e) => e.eventName === 'ERROR')
    expect(errors.map((e) => e.meta_data.error_code)).toEqual(['ACCESS_TOKEN_NOT_VALID'])
  })

  it('?payloadStyle=wrapped on the script URL wraps payloads in { data: [...] }', async () => {
    await openWidget(
      { show_close_dialog: false, show_abandon_survey: false },
      undefined,
      '/wrapped',
    )
    await dialog().getByRole('button', { name: 'Close' }).click()
    await expect
      .poll(async () => (await results()).exits)
      .toEqual([{ data: [{ meta_data: { step: 'abandon-survey' } }] }])
  })

  it('counts builds on belvoSDK.emulator, so double builds are visible', async () => {
    await openWidget()
    await page.evaluate(async () => {
      const w = window as never as { openWidget: (token: string, config: object) => void }
      w.openWidget('second-token', {})
    })
    const count = await page.evaluate(
      () =>
        (window as never as { belvoSDK: { emulator: { buildCount: number } } }).belvoSDK.emulator
          .buildCount,
    )
    expect(count).toBe(2)
    await expect.poll(() => page.getByRole('dialog').count()).toBe(2)
  })

  it('script faults reach the page: 500 fires error on the tag, then recovery loads it', async () => {
    emulator.setFaults({ scriptFault: 'error' })
    try {
      await page.goto(`${site.url}/fault`)
      expect(
        await page.evaluate(() => (window as never as { outcome: Promise<string> }).outcome),
      ).toBe('error')
    } finally {
      emulator.setFaults({ scriptFault: 'none' })
    }
    await page.reload()
    expect(
      await page.evaluate(() => (window as never as { outcome: Promise<string> }).outcome),
    ).toBe('load:object')
  })
})
