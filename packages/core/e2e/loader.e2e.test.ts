import { existsSync, readFileSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { type LoopbackServer, launchBrowser, serveOnLoopback } from '@belvo-widget/browser-kit'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'

// The built loader in each engine against a real HTTP server whose first answer for the SDK stalls:
// the network stays up, the CDN just never finishes that one response.
const dist = new URL('../dist/', import.meta.url)
const SDK = 'window.belvoSDK = { createWidget: () => ({ build() {} }) }'

let browser: Browser
let site: LoopbackServer
let base: string
const sdkRequests: string[] = []
const stalled: ServerResponse[] = []
const flaky = { failing: false, requests: [] as string[] }

beforeAll(async () => {
  site = await serveOnLoopback((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x')
    // The package as built, as a page with no build step loads it: dist/browser.js (dist/index.js
    // leaves `process.env.NODE_ENV` for the app's bundler to replace).
    if (/^\/dist\/[\w.-]+\.js$/.test(pathname)) {
      const file = new URL(pathname.slice('/dist/'.length), dist)
      if (!existsSync(file)) return res.writeHead(404).end()
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file))
    }
    // An address whose tag fails: a 404, as a CDN answers a name it does not have.
    if (pathname === '/gone/belvo-widget-1-stable.js') {
      sdkRequests.push(req.url ?? '')
      return res.writeHead(404).end()
    }
    // An address whose answer fails while `flaky.failing` (a CDN's 5xx), then serves the SDK.
    if (pathname === '/flaky/belvo-widget-1-stable.js') {
      flaky.requests.push(req.url ?? '')
      if (flaky.failing) return res.writeHead(503, { 'content-type': 'text/plain' }).end('down')
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(SDK)
    }
    if (pathname === '/belvo-widget-1-stable.js') {
      sdkRequests.push(req.url ?? '')
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'max-age=3600' })
      if (sdkRequests.length === 1) stalled.push(res)
      else res.end(SDK)
      return
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end(
      '<!doctype html><title>loader</title>' +
        // `?tag`: the page carries a tag of its own for the failing address, as a snippet does.
        (req.url?.includes('?tag')
          ? '<script async src="/gone/belvo-widget-1-stable.js"></script>'
          : '') +
        // `?preload`: the page preloads the SDK, as preloadBelvoSdk() does.
        (req.url?.includes('?preload')
          ? '<link rel="preload" as="script" href="/flaky/belvo-widget-1-stable.js">'
          : '') +
        '<script type="module">' +
        "import { loadBelvoSdk } from '/dist/browser.js'; window.loadBelvoSdk = loadBelvoSdk</script>",
    )
  })
  base = site.url
  browser = await launchBrowser()
})

afterAll(async () => {
  for (const res of stalled) res.end()
  await browser?.close()
  await site?.close()
})

it('after a script_timeout, the next load makes a new request and resolves once it answers', async () => {
  const page = await browser.newPage()
  await page.goto(`${base}/`)
  await page.waitForFunction(() => 'loadBelvoSdk' in window)
  const result = await page.evaluate(async () => {
    const { loadBelvoSdk } = window as unknown as {
      loadBelvoSdk: (options: object) => Promise<{ createWidget: unknown }>
    }
    const outcome = (load: Promise<{ createWidget: unknown }>) =>
      load.then(
        (sdk) => `loaded (${typeof sdk.createWidget})`,
        (error: { code: string }) => error.code,
      )
    const first = await outcome(loadBelvoSdk({ timeoutMs: 500, src: '/belvo-widget-1-stable.js' }))
    const started = performance.now()
    const retry = await outcome(loadBelvoSdk({ timeoutMs: 5000, src: '/belvo-widget-1-stable.js' }))
    return {
      first,
      retry,
      retryMs: performance.now() - started,
      tags: [...document.querySelectorAll<HTMLScriptElement>('script[src*=belvo]')].map((script) =>
        script.getAttribute('src')!.replace(location.origin, ''),
      ),
    }
  })
  expect(result.first).toBe('script_timeout')
  expect(result.retry).toBe('loaded (function)')
  expect(result.retryMs).toBeLessThan(4000)
  expect(sdkRequests).toEqual(['/belvo-widget-1-stable.js', '/belvo-widget-1-stable.js?retry=1'])
  // The timed-out tag is gone; the one that loaded stays, as after a first-time load.
  expect(result.tags).toEqual(['/belvo-widget-1-stable.js?retry=1'])

  // The stalled response finishing late changes nothing for the page.
  for (const res of stalled.splice(0)) res.end(SDK)
  await page.waitForTimeout(200)
  await expect(
    page.evaluate(
      () =>
        typeof (window as Window & { belvoSDK?: { createWidget: unknown } }).belvoSDK?.createWidget,
    ),
  ).resolves.toBe('function')
  await page.close()
})

it('a tag of the page that failed before the load: waited on until timeoutMs, then removed; the retry fails at once', async () => {
  sdkRequests.length = 0
  const page = await browser.newPage()
  await page.goto(`${base}/?tag`)
  await page.waitForFunction(() => 'loadBelvoSdk' in window && document.readyState === 'complete')
  const result = await page.evaluate(async () => {
    const { loadBelvoSdk } = window as unknown as {
      loadBelvoSdk: (options: object) => Promise<unknown>
    }
    const options = { timeoutMs: 500, src: '/gone/belvo-widget-1-stable.js' }
    const code = (load: Promise<unknown>) =>
      load.then(
        () => 'loaded',
        (error: { code: string }) => error.code,
      )
    const first = await code(loadBelvoSdk(options))
    const tagsAfterFirst = document.querySelectorAll('script[src*=belvo]').length
    const started = performance.now()
    const retry = await code(loadBelvoSdk(options))
    return {
      first,
      tagsAfterFirst,
      retry,
      retryMs: performance.now() - started,
      tags: document.querySelectorAll('script[src*=belvo]').length,
    }
  })
  // The page's tag got its 404 before core looked: no event is left to hear, so core times out.
  expect(result.first).toBe('script_timeout')
  expect(result.tagsAfterFirst).toBe(0)
  // The retry is a tag of core's own, at a new address, whose 404 core hears.
  expect(result.retry).toBe('script_load_failed')
  expect(result.retryMs).toBeLessThan(400)
  expect(result.tags).toBe(0)
  expect(sdkRequests).toEqual([
    '/gone/belvo-widget-1-stable.js',
    '/gone/belvo-widget-1-stable.js?retry=1',
  ])
  await page.close()
})

it('a load that failed (a 503 for a preloaded script) is retried at a new address and loads once the CDN answers', async () => {
  flaky.failing = true
  flaky.requests.length = 0
  const page = await browser.newPage()
  await page.goto(`${base}/?preload`)
  await page.waitForFunction(() => 'loadBelvoSdk' in window && document.readyState === 'complete')
  const load = () =>
    page.evaluate(() =>
      (window as unknown as { loadBelvoSdk: (options: object) => Promise<unknown> })
        .loadBelvoSdk({ src: '/flaky/belvo-widget-1-stable.js', timeoutMs: 5000 })
        .then(
          () => 'loaded',
          (error: { code: string }) => error.code,
        ),
    )
  expect(await load()).toBe('script_load_failed')
  flaky.failing = false
  // A browser may keep the failed answer for the page's life (WebKit does for a preload): the
  // retry asks at an address of its own.
  expect(await load()).toBe('loaded')
  expect(flaky.requests.at(-1)).toBe('/flaky/belvo-widget-1-stable.js?retry=1')
  await page.close()
})
