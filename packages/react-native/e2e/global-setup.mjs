// Before the suite: the emulator on a free port, Debian's Chromium with a phone's viewport, and
// the deep links the emulator's hosted widget page sends for each outcome, captured once for a
// custom scheme and once for https URLs that differ only in the query. The suite reads them from
// BELVO_CAPTURED (a JSON file), with the links the emulator then holds.
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { captureHostedRedirects, launchChromium } from '@belvo-widget/e2e-kit'
import { startEmulator } from '@belvo-widget/emulator'

export const CALLBACK_URLS = {
  scheme: { success: 'myapp://success', exit: 'myapp://exit', event: 'myapp://error' },
  query: {
    success: 'https://app.example/connect?state=success',
    exit: 'https://app.example/connect?state=exit',
    event: 'https://app.example/connect?state=error',
  },
}

export default async function globalSetup() {
  const emulator = await startEmulator({ port: 0, quiet: true })
  const browser = await launchChromium()
  globalThis.__belvoE2E = { emulator, browser }
  // The emulator's own fixed keys (not secrets), for the suite's stand-in of your backend.
  const captured = {
    emulatorUrl: emulator.url,
    secretId: emulator.secretId,
    secretPassword: emulator.secretPassword,
  }
  await Promise.all(
    Object.entries(CALLBACK_URLS).map(async ([name, callbackUrls]) => {
      captured[name] = {
        callbackUrls,
        redirects: await captureHostedRedirects(browser, emulator, callbackUrls),
      }
    }),
  )
  // The links the emulator holds now, read as a backend would (Basic auth with the secret keys).
  const auth = `Basic ${Buffer.from(`${emulator.secretId}:${emulator.secretPassword}`).toString('base64')}`
  const res = await fetch(`${emulator.url}/api/links/`, { headers: { authorization: auth } })
  if (!res.ok) throw new Error(`listing links failed: ${res.status}`)
  captured.links = (await res.json()).results.map(({ id, institution }) => ({ id, institution }))
  const file = join(tmpdir(), `belvo-captured-${process.pid}.json`)
  await writeFile(file, JSON.stringify(captured, null, 2))
  process.env.BELVO_CAPTURED = file
  await browser.close()
}
