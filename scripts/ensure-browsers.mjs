#!/usr/bin/env node
// Browser tests drive Debian's Chromium, Firefox ESR and WebKitGTK (Playwright's own browser
// downloads do not work offline): Chromium over CDP, Firefox over WebDriver BiDi, WebKit through
// WebKitWebDriver in a virtual X display. Finds them, or installs Debian's where that is possible.
// BROWSER_ENGINES (comma-separated) limits the run, and so what is needed.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const engines = (process.env.BROWSER_ENGINES ?? 'chromium,firefox,webkit').split(',')
const needs = [
  {
    engine: 'chromium',
    path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    pkg: 'chromium',
    env: 'CHROMIUM_PATH',
  },
  {
    engine: 'firefox',
    path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    pkg: 'firefox-esr',
    env: 'FIREFOX_PATH',
  },
  {
    engine: 'webkit',
    path: process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
    pkg: 'webkit2gtk-driver',
    env: 'WEBKIT_WEBDRIVER_PATH',
  },
  { engine: 'webkit', path: '/usr/bin/Xvfb', pkg: 'xvfb' },
].filter(({ engine }) => engines.includes(engine))
const missing = needs.filter(({ path }) => !existsSync(path))
if (missing.length === 0) process.exit(0)

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
if (!canApt) {
  console.error(
    `Browser tests need ${missing.map(({ path }) => path).join(', ')}.\n` +
      `Install them (Debian/Ubuntu: \`sudo apt-get install ${missing.map(({ pkg }) => pkg).join(' ')}\`), ` +
      'point the variables at other builds (' +
      missing.flatMap(({ env }) => env ?? []).join(', ') +
      '), or limit the engines with BROWSER_ENGINES=chromium.',
  )
  process.exit(1)
}
const packages = missing.map(({ pkg }) => pkg).join(' ')
console.log(`Installing Debian’s ${packages} for the browser tests…`)
execSync(
  `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`,
  {
    stdio: 'inherit',
  },
)
