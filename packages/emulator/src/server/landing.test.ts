// The emulator's front door over real HTTP: what a person opening it in a browser sees.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type RunningEmulator,
  SANDBOX_CREDENTIALS,
  SANDBOX_INSTITUTIONS,
  SANDBOX_MFA_TOKEN,
  startEmulator,
} from '../index.ts'

let emulator: RunningEmulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true })
})
afterAll(() => emulator.close())

const page = async (query = '') => {
  const res = await fetch(`${emulator.url}/${query}`, { headers: { accept: 'text/html' } })
  expect(res.headers.get('content-type')).toMatch(/^text\/html/)
  return res.text()
}

describe('GET / (the landing page)', () => {
  it('says what it is, lists every sandbox credential and institution, and how to try the widget', async () => {
    const html = await page()
    expect(html).toContain('<h1>Belvo emulator</h1>')
    for (const { username, password } of Object.values(SANDBOX_CREDENTIALS)) {
      expect(html).toContain(`<td><code>${username}</code></td><td><code>${password}</code></td>`)
    }
    expect(html).toContain(SANDBOX_MFA_TOKEN)
    expect(html).toContain(SANDBOX_CREDENTIALS.accountLocked.outcome.message)
    for (const institution of Object.values(SANDBOX_INSTITUTIONS))
      expect(html).toContain(institution.code)
    expect(html).toContain('href="/__emulator/try"')
    expect(html).toContain(`${emulator.url}/belvo-widget-1-stable.js`)
    expect(html).toContain('emulator-secret-password')
  })

  it('answers JSON to a client asking for JSON', async () => {
    const res = await fetch(emulator.url, { headers: { accept: 'application/json' } })
    expect(res.headers.get('content-type')).toBe('application/json')
    const body = (await res.json()) as { credentials: unknown[]; scriptUrl: string }
    expect(body.scriptUrl).toBe(emulator.scriptUrl)
    expect(body.credentials).toHaveLength(Object.keys(SANDBOX_CREDENTIALS).length)
  })

  it('the try button opens the hosted widget with a working token, which comes back here with the link', async () => {
    const tried = await fetch(`${emulator.url}/__emulator/try`, { redirect: 'manual' })
    expect(tried.status).toBe(302)
    const location = new URL(tried.headers.get('location')!, emulator.url)
    expect(location.pathname).toBe('/')
    const access = location.searchParams.get('access_token')!
    expect((await fetch(location)).status).toBe(200)

    // What the hosted page does when the user links an account.
    const made = await fetch(`${emulator.url}/widget/links`, {
      method: 'POST',
      body: JSON.stringify({
        access_token: access,
        institution: 'erebor_mx_retail',
        ...SANDBOX_CREDENTIALS.success,
      }),
    })
    const link = (await made.json()) as { id: string }
    const back = await fetch(
      `${emulator.url}/hosted/redirect?kind=success&access_token=${access}`,
      { redirect: 'manual' },
    )
    const landing = back.headers.get('location')!
    expect(landing).toBe(
      `${emulator.url}/?tried=success&link=${link.id}&institution=erebor_mx_retail`,
    )
    const html = await page(landing.slice(emulator.url.length + 1))
    expect(html).toContain(`link <code>${link.id}</code>`)
  })

  it('escapes what comes from the query', async () => {
    const html = await page('?tried=exit&meta_data_step=%3Cscript%3Ealert(1)%3C%2Fscript%3E')
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).toContain('&#60;script&#62;')
  })

  it('never shows a secret password someone chose', async () => {
    const custom = await startEmulator({ port: 0, quiet: true, secretPassword: 'my-own-pass' })
    try {
      const html = await (await fetch(custom.url)).text()
      expect(html).not.toContain('my-own-pass')
      expect(
        JSON.stringify(
          await (await fetch(custom.url, { headers: { accept: 'application/json' } })).json(),
        ),
      ).not.toContain('my-own-pass')
    } finally {
      await custom.close()
    }
  })
})

describe('GET /favicon.ico', () => {
  it('is a PNG icon, not a 404', async () => {
    const res = await fetch(`${emulator.url}/favicon.ico`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    const bytes = Buffer.from(await res.arrayBuffer())
    expect(bytes.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    )
    expect(bytes.readUInt32BE(16)).toBe(32) // width
  })
})
