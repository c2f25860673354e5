import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { type Browser, firefox } from 'playwright-core'
import { launchChromium } from './chromium.ts'
import { launchWebKit } from './webkit.ts'

/** The browser engines the browser suites run in. */
export type BrowserEngine = 'chromium' | 'firefox' | 'webkit'

export const BROWSER_ENGINES: readonly BrowserEngine[] = ['chromium', 'firefox', 'webkit']

const NAMES: Record<BrowserEngine, string> = {
  chromium: 'Chromium',
  firefox: 'Firefox',
  webkit: 'WebKit',
}

/**
 * The engine this test process drives: `BROWSER_ENGINE` (`chromium`, `firefox` or `webkit`),
 * default `chromium`. A suite's Vitest config sets it per project, one project per engine.
 */
export function browserEngine(): BrowserEngine {
  const engine = process.env.BROWSER_ENGINE ?? 'chromium'
  if (!(BROWSER_ENGINES as readonly string[]).includes(engine)) {
    throw new Error(`BROWSER_ENGINE must be one of ${BROWSER_ENGINES.join(', ')}, got "${engine}".`)
  }
  return engine as BrowserEngine
}

/** The engine's name as a test title shows it: `Chromium`, `Firefox`, `WebKit`. */
export const engineName = (engine: BrowserEngine = browserEngine()): string => NAMES[engine]

/** Debian's Firefox ESR, `FIREFOX_PATH` to use another. */
export const firefoxPath = (): string => process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'

/**
 * Launches the system's browser for `engine` (default {@link browserEngine}), headless, as a
 * Playwright `Browser`:
 * - Chromium: Debian's `chromium` over CDP (see {@link launchChromium}).
 * - Firefox: Debian's `firefox-esr` over WebDriver BiDi (Playwright's `moz-firefox` channel),
 *   through a relay that lets Playwright's per-context emulation commands this Firefox lacks pass.
 * - WebKit: WebKitGTK's MiniBrowser through `WebKitWebDriver` (W3C WebDriver) in a virtual X
 *   display, behind the part of Playwright's `Page` and `Locator` the suites use (see
 *   {@link launchWebKit}).
 */
export async function launchBrowser(engine: BrowserEngine = browserEngine()): Promise<Browser> {
  if (engine === 'chromium') return launchChromium()
  if (engine === 'webkit') return launchWebKit()
  if (!existsSync(firefoxPath())) {
    throw new Error(
      `Firefox tests need Firefox at ${firefoxPath()}: install it (Debian: \`apt-get install firefox-esr\`) or set FIREFOX_PATH.`,
    )
  }
  return firefox.launch({
    channel: 'moz-firefox',
    executablePath: fileURLToPath(new URL('../bin/firefox-bidi.mjs', import.meta.url)),
    env: { ...process.env, FIREFOX_PATH: firefoxPath() },
    headless: true,
  })
}
