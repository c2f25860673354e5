// Belvo's own vanilla snippet (seed 001: script tag, #belvo, getAccessToken().then(openBelvoWidget))
// pasted into a plain HTML page, pointed at the emulator: a person links an account and the
// page shows the accounts its backend pulled with the link id. In every engine.

import { launchBrowser } from '@belvo-widget/browser-kit'
import { type RunningEmulator, SANDBOX_CREDENTIALS, startEmulator } from '@belvo-widget/emulator'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startSite } from './support.ts'

let emulator: RunningEmulator
let site: Awaited<ReturnType<typeof startSite>>
let browser: Browser
let page: Page

const SECRET_ID = 'emulator-secret-id'
const SECRET_PASSWORD = 'emulator-secret-password'

// The seed's page, with the CDN URL and the token route pointed at the emulator and our backend.
const snippetPage = (scriptUrl: string) => `<!doctype html>
<html>
<head>
<script src="${scriptUrl}" async></script>
</head>
<body>
<button id="myButton">Add a bank account</button>
<ul id="accounts"></ul>
<div id="belvo"></div> <!-- anywhere inside the body -->
<script type="text/javascript">
// Code to be included within your <script type="text/javascript"> tag
function successCallbackFunction(link, institution) {
  // Do something with the link and institution,
  // such as associate it with your registered user in your database.
  fetch('/accounts?link=' + encodeURIComponent(link))
    .then(response => response.json())
    .then((accounts) => {
      document.getElementById('accounts').innerHTML = accounts
        .map((a) => '<li>' + a.name + ': ' + a.balance.current + ' ' + a.currency + '</li>')
        .join('');
    });
}
function onExitCallbackFunction(data) {
  // Do something with the exit data.
}
function onEventCallbackFunction(data) {
  // Do something with the event data.
}
// Function to call your server-side to generate the access_token and retrieve the your access token
function getAccessToken () {
  // Make sure to change /get-access-token to point to your server-side.
  return fetch('/get-access-token', { method: 'GET' })
    .then(response => response.json())
    .then((data) => data.access)
    .catch(error => console.error('Error:', error))
}
function openBelvoWidget(accessToken) {
  belvoSDK.createWidget(accessToken, {
    // Add your startup configuration here.
    locale: 'es', // 'en' for English or 'pt' for Portuguese
    company_name: "ACME Corp", // the name of the company to be displayed in the first screen
    country_codes: ['MX', 'CO', 'BR'],
    callback: (link, institution) => successCallbackFunction(link, institution),
    onExit: (data) => onExitCallbackFunction(data),
    onEvent: (data) => onEventCallbackFunction(data)
  }).build();
}
document.getElementById("myButton").onclick = function () {
  getAccessToken().then(openBelvoWidget) // Once the access token is retrieved, the widget is started.
};
</script>
</body>
</html>`

beforeAll(async () => {
  ;[emulator, browser] = await Promise.all([
    startEmulator({ port: 0, quiet: true }),
    launchBrowser(),
  ])
  const auth = `Basic ${Buffer.from(`${SECRET_ID}:${SECRET_PASSWORD}`).toString('base64')}`
  site = await startSite({
    '/': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end(snippetPage(emulator.scriptUrl))
    },
    // "Your server-side": asks Belvo (the emulator) for a token with the secret keys.
    '/get-access-token': async (_req, res) => {
      const token = await fetch(`${emulator.url}/api/token/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: SECRET_ID,
          password: SECRET_PASSWORD,
          scopes: 'read_institutions,write_links',
        }),
      })
      res.writeHead(token.status, { 'content-type': 'application/json' }).end(await token.text())
    },
    // Step 10 of the flow: pull the first data with the link id.
    '/accounts': async (_req, res, url) => {
      const accounts = await fetch(`${emulator.url}/api/accounts/`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify({ link: url.searchParams.get('link') }),
      })
      res
        .writeHead(accounts.status, { 'content-type': 'application/json' })
        .end(await accounts.text())
    },
  })
  page = await browser.newPage()
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
  await emulator?.close()
})

it('links an account and shows its accounts', async () => {
  await page.goto(site.url)
  await page.waitForFunction(() => 'belvoSDK' in window)
  await page.getByRole('button', { name: 'Add a bank account' }).click()
  const dialog = page.getByRole('dialog')
  await expect
    .poll(() => dialog.getByRole('heading').textContent())
    .toBe('ACME Corp usa Belvo para vincular tu cuenta')
  await dialog.getByRole('button', { name: 'Continuar' }).click()
  await dialog.getByRole('button', { name: /Erebor México/ }).click()
  await dialog.getByLabel('Usuario').fill(SANDBOX_CREDENTIALS.success.username)
  await dialog.getByLabel('Contraseña').fill(SANDBOX_CREDENTIALS.success.password)
  await dialog.getByRole('button', { name: 'Conectar' }).click()
  await expect.poll(() => dialog.getByRole('heading').textContent()).toBe('¡Cuenta vinculada!')
  await dialog.getByRole('button', { name: 'Listo' }).click()
  await expect
    .poll(() => page.locator('#accounts li').allTextContents())
    .toEqual([
      expect.stringMatching(/^Cuenta Perfiles: [\d.]+ MXN$/),
      expect.stringMatching(/^Cuenta de Ahorro: [\d.]+ MXN$/),
      expect.stringMatching(/^Tarjeta Oro: [\d.]+ MXN$/),
    ])
  await expect(dialog.isVisible()).resolves.toBe(false)
})
