import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  answerBelvoHosts,
  type Backends,
  countWidgetRequests,
  launchChromium,
  logInToInstitution,
  openPage,
  startBackends,
} from '@belvo-widget/e2e-kit'
import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator'
import type { Browser, Page } from 'playwright-core'
import { build, type PluginOption, type PreviewServer, preview } from 'vite'
import { afterAll, beforeAll, expect } from 'vitest'
import { readmeBlock } from '../../../scripts/lib/readme.mjs'

// What the README's example suites share: the emulator and the demo server ("your backend") for
// the apps they build, one Chromium, and the steps that link an account with an example.

/** The code block in `language` under `### heading` in the README (its first one by default). */
export const example = (heading: string, language = '\\w+', index = 0): string =>
  readmeBlock(heading, language, index)

// `saveLink` is the reader's own function in the examples: here it shows what it was given.
export const GLOBALS = `
window.saveLink = (link, institution) => {
  const saved = document.createElement('output')
  saved.id = 'saved'
  saved.textContent = institution === undefined ? link : institution + ' ' + link
  document.body.append(saved)
}
`

export let backends: Backends
export let browser: Browser
const servers: PreviewServer[] = []

/** Starts the emulator, the demo server and Chromium for the calling file's tests. */
export function useBackendsAndBrowser(): void {
  beforeAll(async () => {
    backends = await startBackends()
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await Promise.all(servers.map((server) => server.close()))
    await backends?.close()
  })
}

/** Where the app called `name` is written. */
export const generated = (name: string) =>
  fileURLToPath(new URL(`../.generated/${name}/`, import.meta.url))

/**
 * Writes `files` as a fresh app in `root`, builds it for production (with Vite, or with `buildWith` given)
 * and serves the build from `outDir`.
 */
export async function serveApp(
  root: string,
  files: Record<string, string>,
  plugins: PluginOption[],
  { buildWith, outDir = 'dist' }: { buildWith?: (root: string) => void; outDir?: string } = {},
) {
  rmSync(root, { recursive: true, force: true })
  for (const [file, text] of Object.entries({ 'globals.js': GLOBALS, ...files })) {
    mkdirSync(dirname(`${root}${file}`), { recursive: true })
    writeFileSync(`${root}${file}`, text)
  }
  const config = {
    root,
    configFile: false as const,
    logLevel: 'error' as const,
    plugins,
    build: { outDir },
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      proxy: { '/api': backends.demo.url },
    },
  }
  if (buildWith) buildWith(root)
  else await build(config)
  const server = await preview(config)
  servers.push(server)
  return server.resolvedUrls!.local[0]!
}

/** A page with `body`, loading `entry` as a module (the Angular CLI adds its own scripts). */
export const html = (body: string, entry?: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>README example</title></head><body>${body}${entry ? `<script type="module" src="./${entry}"></script>` : ''}</body></html>`

/** A page whose requests to Belvo's CDN (and its widget's API) are answered by the emulator. */
export async function pageWithEmulatedCdn(): Promise<Page> {
  const page = await openPage(browser)
  await answerBelvoHosts(page, backends.emulator.url)
  return page
}

/** Each package's published build (`dist/`), for a page that loads it from a CDN. */
const dist = (name: string) =>
  fileURLToPath(new URL(`../../../packages/${name}/dist/`, import.meta.url))

/**
 * A page whose requests to Belvo's CDN are answered by the emulator and whose requests for our
 * packages on jsDelivr (`https://cdn.jsdelivr.net/npm/@belvo-widget/<name>/<file>`) by the
 * packages' published builds.
 */
export async function pageWithEmulatedCdns(): Promise<Page> {
  const page = await pageWithEmulatedCdn()
  await page.route('https://cdn.jsdelivr.net/npm/@belvo-widget/**', async (route) => {
    const [, name, file] = new URL(route.request().url()).pathname.match(
      /^\/npm\/@belvo-widget\/([\w-]+)(?:@[^/]+)?\/dist\/(.+)$/,
    )!
    await route.fulfill({
      contentType: 'text/javascript',
      body: readFileSync(`${dist(name!)}${file}`),
    })
  })
  return page
}

/**
 * Opens the example at `url`, clicks its button, links Erebor México, and checks what
 * `saveLink` received (`erebor_mx_retail <link id>`, or the link id alone where the example
 * hands over only that).
 */
export async function linkAnAccount(
  url: string,
  saved = /^erebor_mx_retail [0-9a-f-]{36}$/,
  newPage = pageWithEmulatedCdn,
) {
  const page = await newPage()
  const seen = countWidgetRequests(page)
  await page.goto(url)
  await page.getByRole('button', { name: 'Add bank account' }).click()
  await logInToInstitution(page, SANDBOX_CREDENTIALS.success)
  const output = page.locator('#saved')
  await output.waitFor()
  expect(await output.textContent()).toMatch(saved)
  expect(await page.locator('#belvo').count()).toBe(0)
  expect(seen).toEqual({ script: 1, token: 1 })
  await page.context().close()
}
