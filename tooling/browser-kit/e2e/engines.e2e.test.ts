import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  browserEngine,
  engineName,
  type LoopbackServer,
  launchBrowser,
  serveOnLoopback,
} from '../src/index.ts'
import { launchWebKit, miniBrowserPath } from '../src/webkit.ts'

// The same page driven in every engine through Playwright's API: what the suites rely on.
const PAGE = `<!doctype html><title>kit</title>
<h1>Checkout</h1>
<label>Full name <input name="name"></label>
<input aria-label="Code" id="code">
<button id="go" onclick="fetch('/api/thing', { method: 'POST' }).then(r => r.text()).then(t => { document.querySelector('output').textContent = 'Saved ' + document.querySelector('[name=name]').value + ' ' + t })">Save</button>
<button disabled data-testid="later">Later</button>
<button onclick="history.replaceState(null, '', '/rewritten?state=ok'); document.title = 'rewritten'">Rewrite</button>
<output role="status"></output>
<div id="host"></div>
<ul aria-label="Fruits"><li>Apple</li><li>Pear</li></ul>
<script>
  document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<div role="dialog" aria-label="Inner"><button>Deep</button></div>'
  document.getElementById('go').addEventListener('mouseenter', () => document.title = 'hovered')
</script>`

// A page under a nonce-only policy that logs, warns, throws and rejects, on load and on a click.
const NOISY = `<!doctype html><html lang="pt"><head><title>noisy</title></head><body>
<button id="fail">Falhar</button>
<script nonce="k1t">
  console.error('carregou com erro', { code: 42 })
  console.warn('atenção')
  document.getElementById('fail').addEventListener('click', () => {
    Promise.reject(new Error('rejeitada'))
    throw new Error('lançada')
  })
</script>
<script>console.error('inline sem nonce')</script>
</body></html>`

let site: LoopbackServer
let base: string
let browser: Browser
let page: Page
const hits: string[] = []

beforeAll(async () => {
  site = await serveOnLoopback((req, res) => {
    hits.push(`${req.method} ${req.url}`)
    if (req.url === '/api/thing') return res.end('ok')
    if (req.url === '/next') return res.writeHead(302, { location: '/landed?x=1' }).end()
    if (req.url === '/noisy') {
      return res
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': "script-src 'nonce-k1t'; img-src 'none'",
        })
        .end(NOISY)
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE)
  })
  base = site.url
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
})
afterEach(() => page?.context().close())

describe(`Playwright's API in ${engineName()}`, () => {
  it('finds by role, label and text, clicks and fills, and sees the requests with their method', async () => {
    page = await (await browser.newContext()).newPage()
    const requests: string[] = []
    page.on('request', (request) =>
      requests.push(`${request.method()} ${new URL(request.url()).pathname}`),
    )
    await page.goto(`${base}/`)
    await page.getByLabel('Full name').fill('Ana')
    await page.getByLabel('Code').fill('123')
    expect(await page.getByLabel('Code').inputValue()).toBe('123')
    await page.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Saved Ana ok')
    expect(requests).toEqual(['GET /', 'POST /api/thing'])
    expect(await page.getByRole('button', { name: 'Later' }).isEnabled()).toBe(false)
    expect(await page.getByTestId('later').isDisabled()).toBe(true)
    expect(await page.getByRole('heading', { name: 'Checkout' }).count()).toBe(1)
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1)
    expect(await page.getByRole('heading', { level: 2 }).count()).toBe(0)
    expect(
      await page.getByRole('list', { name: 'Fruits' }).getByRole('listitem').allTextContents(),
    ).toEqual(['Apple', 'Pear'])
    expect(await page.getByRole('listitem').filter({ hasText: 'Pear' }).count()).toBe(1)
  })

  it('reaches into open shadow roots, hovers, evaluates, and follows redirects', async () => {
    page = await browser.newPage()
    await page.goto(`${base}/`)
    await page
      .getByRole('dialog', { name: 'Inner' })
      .getByRole('button', { name: 'Deep' })
      .waitFor()
    await page.getByRole('button', { name: 'Save' }).hover()
    await expect.poll(() => page.evaluate(() => document.title)).toBe('hovered')
    expect(await page.locator('#host').evaluate((el, suffix) => el.id + suffix, '!')).toBe('host!')
    await page.goto(`${base}/next`)
    await page.waitForURL((url) => url.pathname === '/landed')
    expect(new URL(page.url()).search).toBe('?x=1')
  })

  it('opens a context at a viewport of its size, and reloads the page with what it stored', async () => {
    page = await (await browser.newContext({ viewport: { width: 480, height: 839 } })).newPage()
    await page.goto(`${base}/`)
    expect(await page.evaluate(() => [innerWidth, innerHeight])).toEqual([480, 839])
    await page.evaluate(() => {
      sessionStorage.setItem('seen', 'yes')
      document.title = 'changed'
    })
    await page.reload()
    expect(await page.evaluate(() => [document.title, sessionStorage.getItem('seen')])).toEqual([
      'kit',
      'yes',
    ])
  })

  it('reports the address the page rewrote, as of the last step', async () => {
    page = await browser.newPage()
    await page.goto(`${base}/`)
    await page.getByRole('button', { name: 'Rewrite' }).click()
    expect(page.url()).toBe(`${base}/rewritten?state=ok`)
  })

  it("reports the page's console messages and uncaught errors, under its own CSP", async () => {
    page = await browser.newPage()
    const messages: string[] = []
    const errors: string[] = []
    page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`))
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${base}/noisy`)
    await page.getByRole('button', { name: 'Falhar' }).click()
    const thrown = () => errors.filter((error) => /lançada|rejeitada/.test(error)).sort()
    await expect.poll(thrown).toEqual(['lançada', 'rejeitada'])
    expect(messages).toContainEqual(expect.stringMatching(/^error: carregou com erro/))
    expect(messages).toContain('warning: atenção')
    // The policy still holds: the script without its nonce never ran, and the refusal is
    // reported (a console error in Chromium and WebKit, a page error in Firefox).
    expect(messages.join('\n')).not.toContain('inline sem nonce')
    expect([...messages, ...errors].join('\n')).toMatch(/inline/i)
  })

  it('routes requests: fulfils one, aborts another, and lets them through once unrouted', async () => {
    page = await browser.newPage()
    await page.goto(`${base}/`)
    const call = () =>
      page.evaluate(() =>
        fetch('/api/thing', { method: 'POST' }).then(
          async (r) => `${r.status} ${r.headers.get('content-type')} ${await r.text()}`,
          () => 'network error',
        ),
      )
    hits.length = 0
    await page.route('**/api/thing', (route) =>
      route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad Gateway</h1>' }),
    )
    expect(await call()).toBe('502 text/html <h1>Bad Gateway</h1>')
    // The last route added is tried first.
    await page.route(/\/api\/thing$/, (route) => route.abort('internetdisconnected'))
    expect(await call()).toBe('network error')
    // Neither reached the server (the browser's own favicon request may have).
    const thing = () => hits.filter((hit) => hit.includes('/api/thing'))
    expect(thing()).toEqual([])
    await page.unroute(/\/api\/thing$/)
    await page.unroute('**/api/thing')
    expect(await call()).toBe('200 null ok')
    expect(thing()).toEqual(['POST /api/thing'])
  })

  it('fails a step on an element that never comes, with the timeout in the message', async () => {
    page = await browser.newPage()
    await page.goto(`${base}/`)
    // Short for the step under test only: a loaded machine may take longer than this to navigate.
    page.setDefaultTimeout(500)
    await expect(page.getByRole('button', { name: 'Missing' }).click()).rejects.toThrow(/500ms/)
  })
})

describe.runIf(browserEngine() === 'webkit')("WebKit's MiniBrowser window", () => {
  it('refuses a viewport narrower than the window can be, saying so', async () => {
    const context = await browser.newContext({ viewport: { width: 412, height: 839 } })
    await expect(context.newPage()).rejects.toThrow(
      'a viewport 412 px wide is narrower than MiniBrowser’s window can be (447 px)',
    )
    await context.close()
  })
})

describe.runIf(browserEngine() === 'webkit')('WebKit on a busy machine', () => {
  it('starts MiniBrowser again when it never reports to its driver', async () => {
    // A MiniBrowser that hangs the first time it is started, and is the real one afterwards.
    const dir = await mkdtemp(join(tmpdir(), 'browser-kit-'))
    const hung = join(dir, 'hung.pid')
    const binary = join(dir, 'MiniBrowser')
    const real = miniBrowserPath()
    await writeFile(
      binary,
      `#!/bin/sh\nif [ ! -e ${hung} ]; then echo $$ > ${hung}; exec sleep 60; fi\nexec ${real} "$@"\n`,
    )
    await chmod(binary, 0o755)
    const before = process.env.WEBKIT_BROWSER_PATH
    process.env.WEBKIT_BROWSER_PATH = binary
    const webkit = await launchWebKit({ sessionStartTimeout: 3_000 })
    try {
      page = await webkit.newPage()
      await page.goto(`${base}/`)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Checkout')
      expect(await readFile(hung, 'utf8')).toMatch(/^\d+/)
    } finally {
      if (before === undefined) delete process.env.WEBKIT_BROWSER_PATH
      else process.env.WEBKIT_BROWSER_PATH = before
      await webkit.close()
      const pid = Number(await readFile(hung, 'utf8').catch(() => ''))
      if (pid) {
        try {
          process.kill(pid)
        } catch {}
      }
      await rm(dir, { recursive: true, force: true })
    }
  })
})
