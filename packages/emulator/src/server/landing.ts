import { deflateSync } from 'node:zlib'
import { SANDBOX_CREDENTIALS, SANDBOX_MFA_TOKEN } from '../sandbox/credentials.ts'
import { listSandboxInstitutions } from '../sandbox/institutions.ts'

/** What the landing page shows about the running emulator. */
export interface LandingInfo {
  url: string
  secretId: string
  /** Shown only when it is the documented default, never a password someone chose. */
  secretPassword: string | undefined
  webhookUrl: string | undefined
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const OUTCOMES: Record<string, string> = {
  success: 'links at once',
  mfa: `asks for an MFA code: ${SANDBOX_MFA_TOKEN} links, any other code fails`,
}

/** The sandbox credentials as rows: name, username, password, what happens. */
export function credentialRows(): Array<{
  name: string
  username: string
  password: string
  outcome: string
}> {
  return Object.entries(SANDBOX_CREDENTIALS).map(([name, c]) => ({
    name,
    username: c.username,
    password: c.password,
    outcome:
      OUTCOMES[name] ??
      (c.outcome.kind === 'error' ? `${c.outcome.code}: ${c.outcome.message}` : c.outcome.kind),
  }))
}

const ROUTES: Array<[string, string, string]> = [
  [
    'GET',
    '/belvo-widget-1-stable.js',
    'the emulated widget SDK (window.belvoSDK); also as /belvo-widget-sandbox-1-stable.js',
  ],
  ['POST', '/api/token/', 'widget access tokens (secret keys in the body or HTTP Basic)'],
  ['GET', '/?access_token=…', 'the hosted widget; outcomes go to the token’s callback_urls'],
  [
    'GET',
    '/api/',
    'the official clients’ login: 200 with the secret keys (HTTP Basic), 401 without',
  ],
  [
    'GET',
    '/api/institutions/',
    'institutions, paginated, filters country_code, type, name, status…',
  ],
  [
    'GET/POST/PATCH',
    '/api/links/',
    'list links; register one (428 token_required for MFA); resume it',
  ],
  ['GET/PATCH/DELETE', '/api/links/{id}/', 'a link'],
  [
    'POST/GET',
    '/api/{accounts,transactions,owners,balances}/',
    'retrieve for a link; list saved data (?link=…)',
  ],
  ['GET', '/__emulator/webhooks', 'the webhooks sent so far and each attempt (loopback only)'],
  ['GET/POST', '/__emulator/faults', 'fault switches (loopback only)'],
]

/** The landing page as JSON, for `Accept: application/json`. */
export function landingJson(info: LandingInfo) {
  return {
    name: 'Belvo emulator',
    url: info.url,
    scriptUrl: `${info.url}/belvo-widget-1-stable.js`,
    tryUrl: `${info.url}/__emulator/try`,
    secretId: info.secretId,
    webhookUrl: info.webhookUrl ?? null,
    credentials: credentialRows(),
    institutions: listSandboxInstitutions().map((i) => ({
      code: i.code,
      name: i.displayName,
      country: i.country,
      status: i.status,
    })),
    routes: ROUTES.map(([method, path, what]) => ({ method, path, what })),
  }
}

/**
 * The page at `GET /` without `access_token`: what this server is, the sandbox credentials,
 * a button that opens the hosted widget with a fresh token, and the routes. After a try, the
 * query carries the outcome (`?tried=success&link=…`), which the page shows.
 */
export function landingPage(info: LandingInfo, query: URLSearchParams): string {
  const e = escapeHtml
  const tried = query.get('tried')
  let banner = ''
  if (tried === 'success') {
    const link = query.get('link') ?? ''
    banner = `<p class="banner ok">Linked <b>${e(query.get('institution') ?? '')}</b>: link <code>${e(link)}</code>. Its accounts: <code>GET /api/accounts/?link=${e(link)}</code> with the secret keys.</p>`
  } else if (tried) {
    const reason =
      query.get('last_encountered_error_message') ??
      query.get('error_message') ??
      query.get('warning_message') ??
      query.get('meta_data_step') ??
      'the widget was closed'
    banner = `<p class="banner">The widget ended (${e(tried)}): ${e(reason)}.</p>`
  }
  const credentials = credentialRows()
    .map(
      (c) =>
        `<tr><td><code>${e(c.username)}</code></td><td><code>${e(c.password)}</code></td><td>${e(c.outcome)}</td></tr>`,
    )
    .join('')
  const institutions = listSandboxInstitutions()
    .map(
      (i) =>
        `<tr><td><code>${e(i.code)}</code></td><td>${e(i.displayName)}</td><td>${i.country}</td><td>${i.status}</td></tr>`,
    )
    .join('')
  const routes = ROUTES.map(
    ([m, p, w]) =>
      `<tr><td><code>${e(m)}</code></td><td><code>${e(p)}</code></td><td>${e(w)}</td></tr>`,
  ).join('')
  const keys = info.secretPassword
    ? `secret id <code>${e(info.secretId)}</code>, password <code>${e(info.secretPassword)}</code>`
    : `secret id <code>${e(info.secretId)}</code> and the password it was started with`
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Belvo emulator</title><link rel="icon" href="/favicon.ico">
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:820px;margin:32px auto;padding:0 16px;color:#1d1d36}
h1{margin-bottom:0}h2{margin-top:2em}table{border-collapse:collapse;width:100%}
td,th{padding:4px 8px;border-bottom:1px solid #e3e3ee;text-align:left;vertical-align:top}
code{background:#f1f1f7;padding:0 3px;border-radius:3px}pre{background:#f1f1f7;padding:12px;overflow:auto}
.try{display:inline-block;background:#3c1a5b;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600}
.banner{padding:10px 14px;border-radius:6px;background:#fff4e0}.banner.ok{background:#e6f7ec}
</style></head>
<body>
<h1>Belvo emulator</h1>
<p>Belvo's side of the Connect widget flow and the API a backend uses, on <code>${e(info.url)}</code>.
Written from Belvo's public documentation; not Belvo software. Offline, with sandbox data.</p>
${banner}
<h2>Try the widget</h2>
<p><a class="try" href="/__emulator/try">Open the hosted widget</a></p>
<p>It opens with a fresh token; choose any healthy institution and log in with <code>${e(SANDBOX_CREDENTIALS.success.username)}</code> / <code>${e(SANDBOX_CREDENTIALS.success.password)}</code>. You come back here with the link id.</p>
<p>In your own page, load <code>${e(info.url)}/belvo-widget-1-stable.js</code> instead of Belvo's CDN script, and point your backend at <code>${e(info.url)}</code> with ${keys}:</p>
<pre>const client = new Client(secretId, secretPassword, '${e(info.url)}')
await client.connect()
const { access } = await client.widgetToken.create()</pre>
${info.webhookUrl ? `<p>Webhooks go to <code>${e(info.webhookUrl)}</code>.</p>` : '<p>No webhook URL set: start it with <code>--webhook-url</code> to receive <code>historical_update</code> webhooks.</p>'}
<h2>Sandbox credentials</h2>
<p>They work on every healthy institution; any other pair is a <code>login_error</code>.</p>
<table><tr><th>username</th><th>password</th><th>outcome</th></tr>${credentials}</table>
<h2>Institutions</h2>
<table><tr><th>code</th><th>name</th><th>country</th><th>status</th></tr>${institutions}</table>
<h2>Routes</h2>
<table>${routes}</table>
</body></html>`
}

// A 32×32 PNG: a purple rounded square with a white "B", drawn once on first request.
let favicon: Buffer | undefined

const B = ['11110', '10001', '10001', '11110', '10001', '10001', '11110']

/** The favicon (PNG), so browsers get an icon instead of a 404. */
export function faviconPng(): Buffer {
  if (favicon) return favicon
  const size = 32
  const rows: Buffer[] = []
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4) // filter byte 0, then RGBA
    for (let x = 0; x < size; x++) {
      const corner = Math.max(0, 4 - Math.min(x, y, size - 1 - x, size - 1 - y))
      const inside =
        corner === 0 ||
        (Math.min(x, size - 1 - x) - 4) ** 2 + (Math.min(y, size - 1 - y) - 4) ** 2 <= 16
      const gx = Math.floor((x - 6) / 4)
      const gy = Math.floor((y - 2) / 4)
      const letter = x >= 6 && y >= 2 && gx < 5 && gy < 7 && B[gy]![gx] === '1'
      const [r, g, b] = letter ? [255, 255, 255] : [60, 26, 91]
      row.set([r, g, b, inside ? 255 : 0], 1 + x * 4)
    }
    rows.push(row)
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (data: Buffer) => {
    let c = 0xffffffff
    for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const out = Buffer.alloc(8 + data.length + 4)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA
  favicon = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
  return favicon
}
