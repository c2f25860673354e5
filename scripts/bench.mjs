#!/usr/bin/env node
// `pnpm bench`: time from the user's click to a usable widget, in headless Chromium, against the
// emulator with script and token latencies set. Compares Belvo's documented sequence (load the
// script, then fetch the token, then build) with @belvo-widget/core (both in parallel), and core
// with preloadBelvoSdk() on page load. Each run uses a fresh browser context (empty cache).
// Options: BENCH_RUNS (default 15), BENCH_SCRIPT_MS and BENCH_TOKEN_MS (default 300 each).
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

const variants = [
  { name: 'Belvo docs: script, then token, then build', path: '/naive.html' },
  { name: '@belvo-widget/core: token ∥ script', path: '/core.html' },
  { name: '@belvo-widget/core + preloadBelvoSdk()', path: '/core.html?preload=1', idleMs: 1000 },
]

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const measure = async (variant) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(pagesUrl + variant.path)
  await page.waitForFunction(() => document.getElementById('open') && (window.benchReady ?? true))
  // Preload: the user reads the page for a moment before clicking.
  if (variant.idleMs) await page.waitForTimeout(variant.idleMs)
  await page.click('#open')
  const ms = await (
    await page.waitForFunction(() => window.benchOpenMs, null, { timeout: 20_000 })
  ).jsonValue()
  await context.close()
  return ms
}

try {
  console.log(
    `Click → widget usable, headless Chromium, emulator latencies: script ${scriptMs} ms, token ${tokenMs} ms, ${runs} runs each (fresh cache per run)\n`,
  )
  // One warm-up round so JIT and server start-up do not land on the first variant.
  for (const variant of variants) await measure(variant)
  // Rounds interleave the variants, so a busy moment on the machine hits all of them alike.
  const times = variants.map(() => [])
  for (let i = 0; i < runs; i++) {
    for (const [v, variant] of variants.entries()) times[v].push(await measure(variant))
  }
  const results = variants.map((variant, v) => ({
    ...variant,
    median: median(times[v]),
    min: Math.min(...times[v]),
    max: Math.max(...times[v]),
  }))
  const base = results[0].median
  const width = Math.max(...results.map((r) => r.name.length))
  console.log(`${'variant'.padEnd(width)}  median    min       max       × docs`)
  for (const r of results) {
    const f = (n) => `${n.toFixed(0)} ms`.padEnd(9)
    console.log(
      `${r.name.padEnd(width)}  ${f(r.median)} ${f(r.min)} ${f(r.max)} ${(r.median / base).toFixed(2)}`,
    )
  }
  const ratio = results[1].median / base
  console.log(
    `\ncore / docs = ${ratio.toFixed(2)} (target ≤ 0.60)${ratio <= 0.6 ? '' : '  ← above target'}`,
  )
} finally {
  await browser.close()
  pages.close()
  await backends.close()
}
