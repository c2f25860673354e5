// The served SDK's modal dialog from the keyboard alone, in each engine: a page with controls of
// its own behind the overlay, the widget opened from its button.

import { engineName, launchBrowser } from '@belvo-widget/browser-kit'
import { type RunningEmulator, SANDBOX_CREDENTIALS, startEmulator } from '@belvo-widget/emulator'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { html, startSite, widgetToken } from './support.ts'

let emulator: RunningEmulator
let browser: Browser
let page: Page
let site: Awaited<ReturnType<typeof startSite>>

const app = (scriptUrl: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script src="${scriptUrl}"></script></head>
<body><button id="opener">Add bank account</button> <a href="#behind" id="behind">A link behind</a>
<div id="belvo"></div>
<script>
  window.linked = [];
  document.getElementById('opener').onclick = async function () {
    var token = (await (await fetch('/token')).json()).access;
    window.belvoSDK.createWidget(token, {
      locale: 'en',
      callback: function (link, institution) { linked.push(institution) },
    }).build();
  };
</script></body></html>`

beforeAll(async () => {
  ;[emulator, browser] = await Promise.all([
    startEmulator({ port: 0, quiet: true }),
    launchBrowser(),
  ])
  site = await startSite({
    '/': html(app(emulator.scriptUrl)),
    '/token': async (_req, res) => {
      const token = await widgetToken(emulator.url)
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(token))
    },
  })
  page = await browser.newPage()
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
  await emulator?.close()
})

/** The focused element, named by its widget attribute (or id), and whether it is in the dialog. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement
    const name =
      el?.getAttribute('data-bw-action') ??
      el?.getAttribute('data-bw-institution') ??
      el?.getAttribute('data-bw-input') ??
      (el?.id || el?.tagName.toLowerCase())
    return { name, inDialog: !!el?.closest('#belvo [role="dialog"]') }
  })

/** The controls a keyboard user can reach in the dialog (the confirmation while it shows), in order. */
const controls = () =>
  page.evaluate(() => {
    const dialog = document.querySelector('#belvo [role="dialog"]')!
    const box = dialog.querySelector('[role="alertdialog"]') ?? dialog
    return Array.from(
      box.querySelectorAll('a[href],button:enabled,input:enabled'),
      (el) =>
        el.getAttribute('data-bw-action') ??
        el.getAttribute('data-bw-institution') ??
        el.getAttribute('data-bw-input'),
    )
  })

async function press(key: string, expected: string) {
  await page.keyboard.press(key)
  expect(await focused()).toEqual({ name: expected, inDialog: true })
}

async function tabTo(name: string) {
  for (let i = 0; i < 30; i++) {
    const now = await focused()
    expect(now.inDialog).toBe(true)
    if (now.name === name) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`Tab never reached ${name}`)
}

/** Tab from the first control to the last and on to the first; Shift+Tab all the way back round. */
async function tabRound(list: string[]) {
  await tabTo(list[0]!)
  for (const name of [...list.slice(1), list[0]!]) await press('Tab', name)
  for (const name of [...list].reverse()) await press('Shift+Tab', name)
}

async function openFromKeyboard() {
  await page.goto(site.url)
  await page.locator('#opener').evaluate((el) => (el as HTMLElement).focus())
  await page.keyboard.press('Enter')
  await page.locator('#belvo [data-bw-action="continue"]').waitFor()
  await expect.poll(async () => (await focused()).inDialog).toBe(true)
}

describe(`the widget's dialog keeps the keyboard in ${engineName()}`, () => {
  it('Tab and Shift+Tab go round the dialog and the exit confirmation, never to the page behind', async () => {
    await openFromKeyboard()
    expect(await controls()).toEqual(['close', 'continue'])
    await tabRound(['close', 'continue'])

    await tabTo('continue')
    await page.keyboard.press('Enter')
    await page.locator('#belvo [data-bw-institution="erebor_mx_retail"]').waitFor()
    const institutions = await controls()
    expect(institutions[0]).toBe('close')
    expect(institutions).toContain('erebor_mx_retail')
    await tabRound(institutions as string[])

    // Escape asks to confirm, as before; while it asks, Tab stays on its two buttons.
    await page.keyboard.press('Escape')
    await expect.poll(async () => (await focused()).name).toBe('confirm-exit')
    expect(await controls()).toEqual(['confirm-exit', 'confirm-stay'])
    await press('Tab', 'confirm-stay')
    await press('Tab', 'confirm-exit')
    await press('Shift+Tab', 'confirm-stay')
    await press('Shift+Tab', 'confirm-exit')
    await page.keyboard.press('Escape')
    expect(await controls()).toEqual(['confirm-exit', 'confirm-stay'])
    await press('Tab', 'confirm-stay')
    await page.keyboard.press('Enter')
    await expect.poll(controls).toEqual(institutions)
    expect((await focused()).inDialog).toBe(true)
  })

  it('a keyboard-only user links an account', async () => {
    await openFromKeyboard()
    await tabTo('continue')
    await page.keyboard.press('Enter')
    await page.locator('#belvo [data-bw-institution="erebor_mx_retail"]').waitFor()
    await tabTo('erebor_mx_retail')
    await page.keyboard.press('Enter')
    await page.locator('#belvo [data-bw-input="username"]').waitFor()
    const { username, password } = SANDBOX_CREDENTIALS.success
    await tabTo('username')
    await page.keyboard.type(username)
    await tabTo('password')
    await page.keyboard.type(password)
    // Round the login form too: the page behind stays out of reach.
    await tabRound((await controls()) as string[])
    await tabTo('password')
    await page.keyboard.press('Enter')
    await expect
      .poll(() => page.evaluate(() => (window as never as { linked: string[] }).linked), {
        timeout: 10_000,
      })
      .toEqual(['erebor_mx_retail'])
  })
})
