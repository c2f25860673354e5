#!/usr/bin/env node
// Browser tests drive a real Chromium through playwright-core (Playwright's own browser
// download does not work offline). Finds one, or installs Debian's where that is possible.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (existsSync(path)) process.exit(0)

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
if (!canApt) {
  console.error(
    `Browser tests need Chromium at ${path}.\n` +
      'Install it (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  )
  process.exit(1)
}
console.log('Installing Debian’s chromium for the browser tests…')
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
  stdio: 'inherit',
})
