#!/usr/bin/env node
// `pnpm bench`: time from the user's click to a usable widget, in headless Chromium, against the
// emulator with script and token latencies set. Compares Belvo's documented sequence (load the
// script, then fetch the token, then build) with @belvo-widget/core (both in parallel), core with
// preloadBelvoSdk() on page load, core with prefetch on hover (the user points at the button a
// moment before clicking), the same with the script preloaded, and the floor (token and script
// already in the page; the click only builds). Each run uses a fresh browser context (empty cache)
// and counts the token requests it made.
// Options: BENCH_RUNS (default 15), BENCH_SCRIPT_MS and BENCH_TOKEN_MS (default 300 each),
// BENCH_HOVER_MS (default 300: how long the pointer rests on the button before the click).
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const runs = Number(process.env.BENCH_RUNS ?? 15)
const scriptMs = Number(process.env.BENCH_SCRIPT_MS ?? 300)
const tokenMs = Number(process.env.BENCH_TOKEN_MS ?? 300)

const need = async (path) => {
  try {
    return await import(join(root, path))
  } catch (error) {
    console.error(`Cannot load ${path}: run \`pnpm build\` first.\n${error.message}`)
    process.exit(1)
  }
}
const { launchChromium, startBackends } = await need('tooling/e2e-kit/dist/index.js')

const backends = await startBackends({ scriptLatencyMs: scriptMs, tokenLatencyMs: tokenMs })
const { emulator, demo } = backends

// The bench pages and core's built ESM, from one origin on loopback.
const types = { '.html': 'text/html', '.js': 'text/javascript' }
const pages = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x')
  if (url.pathname === '/config.js') {
    const config = { sdkSrc: emulator.scriptUrl, demoUrl: demo.url }
    res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' })
    return res.end(`window.BENCH = ${JSON.stringify(config)}`)
  }
  const file = url.pathname.startsWith('/core/')
    ? join(root, 'packages/core/dist', url.pathname.slice(6))
    : join(root, 'bench/pages', url.pathname)
  try {
    const body = await readFile(file)
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    res.end(body)
  } catch {
    res.writeHead(404).end()
  }
})
await new Promise((resolve) => pages.listen(0, '127.0.0.1', resolve))
const pagesUrl = `http://127.0.0.1:${pages.address().port}`

const browser = await launchChromium()

const hoverMs = Number(process.env.BENCH_HOVER_MS ?? 300)
const variants = [
  { name: 'Belvo docs: script, then token, then build', path: '/naive.html' },
  { name: '@belvo-widget/core: token ∥ script', path: '/core.html' },
  { name: '@belvo-widget/core + preloadBelvoSdk()', path: '/core.html?preload=1', idleMs: 1000 },
  {
    name: `core + prefetch on hover ${hoverMs} ms before the click`,
    path: '/core.html?prefetch=1',
    hoverMs,
  },
  {
    name: `core + prefetch on hover ${hoverMs} ms + preloadBelvoSdk()`,
    path: '/core.html?prefetch=1&preload=1',
    idleMs: 1000,
    hoverMs,
  },
  { name: 'floor: token and script in the page, build only', path: '/floor.html' },
]

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const measure = async (variant) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  let tokenRequests = 0
  page.on('request', (request) => {
    if (request.url().endsWith('/api/widget-token')) tokenRequests++
  })
  await page.goto(pagesUrl + variant.path)
  await page.waitForFunction(() => document.getElementById('open') && (window.benchReady ?? true))
  // Preload: the user reads the page for a moment before clicking.
  if (variant.idleMs) await page.waitForTimeout(variant.idleMs)
  if (variant.hoverMs !== undefined) {
    // The pointer passes over the button, leaves, comes back: still one token request.
    await page.hover('#open')
    await page.mouse.move(0, 0)
    await page.hover('#open')
    await page.waitForTimeout(variant.hoverMs)
  }
  await page.click('#open')
  const ms = await (
    await page.waitForFunction(() => window.benchOpenMs, null, { timeout: 20_000 })
  ).jsonValue()
  await context.close()
  return { ms, tokenRequests }
}

try {
  console.log(
    `Click → widget usable, headless Chromium, emulator latencies: script ${scriptMs} ms, token ${tokenMs} ms, ${runs} runs each (fresh cache per run)\n`,
  )
  // One warm-up round so JIT and server start-up do not land on the first variant.
  for (const variant of variants) await measure(variant)
  // Rounds interleave the variants, so a busy moment on the machine hits all of them alike.
  const times = variants.map(() => [])
  const tokens = variants.map(() => [])
  for (let i = 0; i < runs; i++) {
    for (const [v, variant] of variants.entries()) {
      const { ms, tokenRequests } = await measure(variant)
      times[v].push(ms)
      tokens[v].push(tokenRequests)
    }
  }
  const results = variants.map((variant, v) => ({
    ...variant,
    median: median(times[v]),
    min: Math.min(...times[v]),
    max: Math.max(...times[v]),
    tokens: Math.max(...tokens[v]),
  }))
  const base = results[0].median
  const floor = results.at(-1).median
  const width = Math.max(...results.map((r) => r.name.length))
  console.log(
    `${'variant'.padEnd(width)}  median    min       max       × docs  × floor  token requests per open (max)`,
  )
  for (const r of results) {
    const f = (n) => `${n.toFixed(0)} ms`.padEnd(9)
    console.log(
      `${r.name.padEnd(width)}  ${f(r.median)} ${f(r.min)} ${f(r.max)} ${(r.median / base).toFixed(2).padEnd(7)} ${(r.median / floor).toFixed(2).padEnd(8)} ${r.tokens}`,
    )
  }
  const target = (label, value, limit) =>
    console.log(
      `${label} = ${value.toFixed(2)} (target ≤ ${limit})${value <= limit ? '' : '  ← above target'}`,
    )
  console.log('')
  target('core / docs', results[1].median / base, 0.6)
  target('prefetch on hover / docs', results[3].median / base, 0.25)
  target('prefetch on hover / floor', results[3].median / floor, 1.5)
  const extra = results.filter((r) => r.tokens !== 1)
  console.log(
    extra.length
      ? `token requests per open above 1: ${extra.map((r) => r.name).join(', ')}`
      : 'token requests per open: 1 in every variant, however often the pointer came back',
  )
} finally {
  await browser.close()
  pages.close()
  await backends.close()
}
