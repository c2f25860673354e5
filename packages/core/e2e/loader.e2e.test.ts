import { existsSync, readFileSync } from 'node:fs'
import { createServer, type Server, type ServerResponse } from 'node:http'
import { launchBrowser } from '@belvo-widget/browser-kit'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'

// The built loader in each engine against a real HTTP server whose first answer for the SDK stalls:
// the network stays up, the CDN just never finishes that one response.
const dist = new URL('../dist/', import.meta.url)
const SDK = 'window.belvoSDK = { createWidget: () => ({ build() {} }) }'

let browser: Browser
let server: Server
let base: string
const sdkRequests: string[] = []
const stalled: ServerResponse[] = []

beforeAll(async () => {
  server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x')
    // The package as built, as a page with no build step loads it: dist/browser.js (dist/index.js
    // leaves `process.env.NODE_ENV` for the app's bundler to replace).
    if (/^\/dist\/[\w.-]+\.js$/.test(pathname)) {
      const file = new URL(pathname.slice('/dist/'.length), dist)
      if (!existsSync(file)) return res.writeHead(404).end()
      return res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file))
    }
    if (pathname === '/belvo-widget-1-stable.js') {
      sdkRequests.push(req.url ?? '')
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'max-age=3600' })
      if (sdkRequests.length === 1) stalled.push(res)
      else res.end(SDK)
      return
    }
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        '<!doctype html><title>loader</title><script type="module">' +
          "import { loadBelvoSdk } from '/dist/browser.js'; window.loadBelvoSdk = loadBelvoSdk</script>",
      )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  browser = await launchBrowser()
})

afterAll(async () => {
  for (const res of stalled) res.end()
  await browser?.close()
  server?.closeAllConnections()
  server?.close()
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
