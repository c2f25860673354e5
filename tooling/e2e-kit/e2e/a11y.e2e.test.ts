import {
  engineName,
  type LoopbackServer,
  launchBrowser,
  serveOnLoopback,
} from '@belvo-widget/browser-kit'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { accessibilityViolations } from '../src/a11y.ts'

// A page as the sandboxes build theirs (a landmark, a heading, a labelled button), and the same
// page with three mistakes axe-core knows: an image without alt text, a button without a name and
// a field without a label. The broken page also has a strict CSP, which must not stop the check.
const page = (body: string) => `<!doctype html><html lang="en"><title>Accounts</title>
<main><h1>Accounts</h1>${body}</main>`
const GOOD = page(`<button type="button">Add bank account</button>
<label>Search <input name="q"></label>`)
const BROKEN = page(`<img src="/logo.png">
<button type="button"></button>
<input name="q">`)

let site: LoopbackServer
let base: string
let browser: Browser
let tab: Page

beforeAll(async () => {
  site = await serveOnLoopback((req, res) => {
    if (req.url === '/logo.png') return res.writeHead(404).end()
    const broken = req.url === '/broken'
    res.writeHead(200, {
      'content-type': 'text/html',
      ...(broken && { 'content-security-policy': "default-src 'self'; script-src 'none'" }),
    })
    res.end(broken ? BROKEN : GOOD)
  })
  base = site.url
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
})
afterEach(() => tab?.context().close())

const open = async (path: string) => {
  tab = await (await browser.newContext()).newPage()
  await tab.goto(base + path)
  return tab
}
const rules = (lines: string[]) => lines.map((line) => line.split(' ')[0]).sort()

describe(`accessibilityViolations in ${engineName()}`, () => {
  it('finds nothing on a page with a landmark, a heading and named controls', async () => {
    expect(await accessibilityViolations(await open('/'))).toEqual([])
  })

  it('names each broken rule with its impact and the elements that break it, CSP or not', async () => {
    const lines = await accessibilityViolations(await open('/broken'))
    expect(rules(lines)).toEqual(['button-name', 'image-alt', 'label'])
    expect(lines.find((line) => line.startsWith('image-alt'))).toBe(
      'image-alt (critical): Images must have alternative text: img',
    )
  })

  it('leaves out the rules it is told to, and runs again on the same page', async () => {
    const broken = await open('/broken')
    expect(rules(await accessibilityViolations(broken, { disableRules: ['label'] }))).toEqual([
      'button-name',
      'image-alt',
    ])
    await broken.evaluate(() => document.querySelector('img')?.setAttribute('alt', 'Logo'))
    expect(rules(await accessibilityViolations(broken))).toEqual(['button-name', 'label'])
  })
})
