import { type RunningEmulator, SANDBOX_CREDENTIALS, startEmulator } from '@belvo-widget/emulator'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  DEFAULT_DEMO_LINKS,
  type DemoServer,
  EMULATOR_SECRET_ID,
  EMULATOR_SECRET_PASSWORD,
  resolveDemoConfig,
  startDemoServer,
} from './index.ts'

let emulator: RunningEmulator
let server: DemoServer
/** Every body the demo server sent, checked for the keys at the end. */
const bodies: string[] = []

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true })
  server = await startDemoServer({
    port: 0,
    belvoEnv: emulator.url,
    secretId: emulator.secretId,
    secretPassword: emulator.secretPassword,
  })
})
afterAll(async () => {
  await server?.close()
  await emulator?.close()
})

async function call(path: string, init: RequestInit = {}, base = server.url) {
  const response = await fetch(`${base}${path}`, init)
  const text = await response.text()
  bodies.push(text)
  return { status: response.status, headers: response.headers, body: JSON.parse(text) }
}

const postJson = (body?: object): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: 'http://localhost:5173' },
  ...(body && { body: JSON.stringify(body) }),
})

/** Links a sandbox account with `access` through the emulator's widget routes. */
async function linkAccount(access: string): Promise<string> {
  const response = await fetch(`${emulator.url}/widget/links`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      access_token: access,
      institution: 'erebor_mx_retail',
      username: 'bnk100',
      password: 'full',
    }),
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}

async function widgetSession(access: string) {
  const response = await fetch(`${emulator.url}/widget/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ access_token: access }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('demo server against the emulator', () => {
  it('reports its health and where Belvo is, never the keys', async () => {
    const res = await call('/api/health')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ ok: true, belvoEnv: emulator.url })
  })

  it('answers CORS preflights from local sandboxes only', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/api/widget-token`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      })
    const local = await preflight('http://localhost:5173')
    expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    const loopback = await preflight('http://127.0.0.1:5176')
    expect(loopback.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5176')
    const remote = await preflight('https://evil.example')
    expect(remote.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('mints a widget token the emulator accepts, with CORS for the sandbox', async () => {
    const res = await call('/api/widget-token', postJson({ external_id: 'demo_user_1' }))
    expect(res.status).toBe(200)
    expect(Object.keys(res.body)).toEqual(['access'])
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    expect((await widgetSession(res.body.access)).status).toBe(200)
  })

  it('links an account, then lists its accounts through the data API', async () => {
    const { body } = await call('/api/widget-token', postJson())
    const linkId = await linkAccount(body.access)

    const res = await call(`/api/links/${linkId}/accounts`)
    expect(res.status).toBe(200)
    expect(res.body.accounts.length).toBeGreaterThan(0)
    for (const account of res.body.accounts) {
      expect(account).toMatchObject({
        link: linkId,
        id: expect.any(String),
        name: expect.any(String),
      })
    }
  })

  it('mints an update-mode token when the body names a link', async () => {
    const first = await call('/api/widget-token', postJson())
    const linkId = await linkAccount(first.body.access)
    const res = await call('/api/widget-token', postJson({ link_id: linkId }))
    expect(res.status).toBe(200)
    const session = await widgetSession(res.body.access)
    expect(session.body.update_link).toMatchObject({ id: linkId })
  })

  it('passes an unknown link through as 404, and refuses an id that is no link id', async () => {
    const unknown = await call('/api/links/0d3ffb69-f83b-456e-ad8e-208d0998d71d/accounts')
    expect(unknown.status).toBe(404)
    expect(unknown.body.error).toMatchObject({ code: 'link_not_found' })
    const bad = await call('/api/links/not-a-link/accounts')
    expect(bad.status).toBe(400)
  })

  it('answers 400 naming the field to a bad token body', async () => {
    const res = await call('/api/widget-token', postJson({ external_id: 'a@b.c' }))
    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({ code: 'invalid_request', field: 'external_id' })
  })

  it('with keys Belvo refuses, both routes answer 502 and say so', async () => {
    const wrong = await startDemoServer({
      port: 0,
      belvoEnv: emulator.url,
      secretPassword: 'not-the-password-81x',
    })
    try {
      const token = await call('/api/widget-token', postJson(), wrong.url)
      expect(token.status).toBe(502)
      expect(token.body.error.code).toBe('belvo_unauthorized')
      const accounts = await call(
        '/api/links/0d3ffb69-f83b-456e-ad8e-208d0998d71d/accounts',
        {},
        wrong.url,
      )
      expect(accounts.status).toBe(502)
      expect(accounts.body.error.code).toBe('belvo_unauthorized')
      expect(bodies.join('\n')).not.toContain('not-the-password-81x')
    } finally {
      await wrong.close()
    }
  })

  it('answers its root with a page: what it is, the credentials table, the apps to try', async () => {
    const response = await fetch(`${server.url}/`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/html/)
    const page = await response.text()
    bodies.push(page)
    expect(page).toContain('<title>belvo-widget demo server</title>')
    expect(page).toContain(`<code>${emulator.url}</code> (the local emulator`)
    for (const { username, password, outcome } of Object.values(SANDBOX_CREDENTIALS)) {
      expect(page).toContain(`<td><code>${username}</code></td><td><code>${password}</code></td>`)
      if (outcome.kind === 'error') expect(page).toContain(outcome.code)
    }
    expect(page).toContain('asks for a code: 123456 links the account')
    for (const { name, url } of DEFAULT_DEMO_LINKS) {
      expect(page).toContain(`<a href="${url}">${name}</a>`)
    }
    expect(page).toContain('<link rel="icon" href="/favicon.svg"')
  })

  it('serves a favicon, also at /favicon.ico where browsers look by default', async () => {
    for (const path of ['/favicon.svg', '/favicon.ico']) {
      const response = await fetch(`${server.url}${path}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('image/svg+xml')
      expect(await response.text()).toMatch(/^<svg /)
    }
  })

  it('sent no key in any body', () => {
    expect(bodies.length).toBeGreaterThan(10)
    const all = bodies.join('\n')
    expect(all).not.toContain(EMULATOR_SECRET_PASSWORD)
    expect(all).not.toContain(EMULATOR_SECRET_ID)
  })
})

describe('resolveDemoConfig', () => {
  beforeEach(() => {
    for (const name of ['BELVO_ENV', 'BELVO_SECRET_ID', 'BELVO_SECRET_PASSWORD', 'DEMO_LINKS'])
      vi.stubEnv(name, '')
  })
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('uses the emulator and its keys by default', () => {
    expect(resolveDemoConfig()).toEqual({
      belvoEnv: 'http://127.0.0.1:5100',
      secretId: EMULATOR_SECRET_ID,
      secretPassword: EMULATOR_SECRET_PASSWORD,
      links: DEFAULT_DEMO_LINKS,
    })
  })

  it('takes the root page links from DEMO_LINKS, and names the fix for a bad value', () => {
    const links = [{ name: 'React sandbox', url: 'http://localhost:7000/' }]
    vi.stubEnv('DEMO_LINKS', JSON.stringify(links))
    expect(resolveDemoConfig().links).toEqual(links)
    vi.stubEnv('DEMO_LINKS', '[{"url":1}]')
    expect(() => resolveDemoConfig()).toThrow(
      /DEMO_LINKS must be a JSON list of \{ "name", "url" \}/,
    )
  })

  it('refuses to send the emulator keys to Belvo', () => {
    expect(() => resolveDemoConfig({ belvoEnv: 'sandbox' })).toThrow(/BELVO_SECRET_ID/)
  })
})
