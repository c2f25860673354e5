import { type Browser, chromium } from 'playwright-core'

/**
 * Chromium switches for a headless run on a closed network: no sandbox (containers run as root),
 * no GPU, /tmp instead of a small /dev/shm, and none of the browser's own background traffic.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/**
 * Launches the system's headless Chromium (`CHROMIUM_PATH`, default Debian's `/usr/bin/chromium`)
 * with {@link CHROMIUM_FLAGS}: Playwright's own browser downloads are never used.
 *
 * @example
 * ```ts
 * const browser = await launchChromium()
 * try {
 *   const page = await browser.newPage()
 * } finally {
 *   await browser.close()
 * }
 * ```
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions())
}

/**
 * The same executable and switches as Playwright launch options, for runners that launch the
 * browser themselves (Vitest's browser mode: `playwright({ launchOptions: chromiumLaunchOptions() })`).
 */
export const chromiumLaunchOptions = (): { executablePath: string; args: string[] } => ({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [...CHROMIUM_FLAGS],
})
