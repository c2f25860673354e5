// The emulator over real HTTP on 127.0.0.1 (port 0), from TypeScript sources.
import { networkInterfaces } from 'node:os'

import {
  BELVO_MESSAGES,
  EmulatorError,
  type RunningEmulator,
  SANDBOX_CREDENTIALS,
  startEmulator,
} from '@belvo-widget/emulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

let emulator: RunningEmulator

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true })
})
afterAll(() => emulator.close())

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${emulator.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

const basic = (id: string, password: string) => ({
  authorization: `Basic ${Buffer.from(`${id}:${password}`).toString('base64')}`,
})

const keys = () => ({ id: emulator.secretId, password: emulator.secretPassword })

async function token(extra: Record<string, unknown> = {}): Promise<string> {
  const res = await post('/api/token/', {
    ...keys(),
    scopes: 'read_institutions,write_links',
    ...extra,
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { access: string }).access
}

const claims = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8'))

async function link(access: string, institution = 'erebor_mx_retail') {
  const { username, password } = SANDBOX_CREDENTIALS.success
  const res = await post('/widget/links', { access_token: access, institution, username, password })
  expect(res.status).toBe(201)
  return (await res.json()) as { id: string; institution: string }
}

describe('startEmulator', () => {
  it('answers on the url it reports, without a trailing slash', () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(emulator.scriptUrl).toBe(`${emulator.url}/belvo-widget-1-stable.js`)
    expect(emulator.secretId).toBe('emulator-secret-id')
    expect(emulator.secretPassword).toBe('emulator-secret-password')
  })

  it('rejects bad options and a taken port with typed errors', async () => {
    await expect(startEmulator({ port: -1 })).rejects.toMatchObject({ code: 'INVALID_OPTION' })
    await expect(startEmulator({ scriptFault: 'nope' as 'error' })).rejects.toBeInstanceOf(
      EmulatorError,
    )
    const port = Number(new URL(emulator.url).port)
    await expect(startEmulator({ port, quiet: true })).rejects.toMatchObject({
      code: 'PORT_IN_USE',
      message: expect.stringContaining(`Port ${port}`),
    })
  })
})

describe('POST /api/token/', () => {
  it('answers { access, refresh }: JWTs whose access expires 10 minutes after issue', async () => {
    const res = await post('/api/token/', { ...keys(), scopes: 'read_institutions,write_links' })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const body = (await res.json()) as { access: string; refresh: string }
    expect(Object.keys(body).sort()).toEqual(['access', 'refresh'])
    const access = claims(body.access)
    expect(access.token_type).toBe('access')
    expect(access.exp - access.iat).toBe(600)
    expect(access.scopes).toEqual(['read_institutions', 'write_links'])
    expect(claims(body.refresh).token_type).toBe('refresh')
  })

  it('wrong keys: 401 in Belvo error format', async () => {
    const res = await post('/api/token/', { id: 'x', password: 'y', scopes: 'read_institutions' })
    expect(res.status).toBe(401)
    const [error] = (await res.json()) as Array<Record<string, string>>
    expect(error).toEqual({
      request_id: expect.stringMatching(/^[0-9a-f]{32}$/),
      code: 'authentication_failed',
      message: expect.any(String),
    })
  })

  it('without scopes: a token is handed out, and the widget does not start with it (seeds 001, 003)', async () => {
    const res = await post('/api/token/', keys())
    expect(res.status).toBe(200)
    const { access } = (await res.json()) as { access: string }
    expect(claims(access).scopes).toEqual([])
    const session = await post('/widget/session', { access_token: access })
    expect(session.status).toBe(401)
    expect(await session.json()).toEqual([
      {
        request_id: expect.any(String),
        code: 'ACCESS_TOKEN_NOT_VALID',
        message: BELVO_MESSAGES.ACCESS_TOKEN_NOT_VALID,
      },
    ])
  })

  it.each([
    [{ scopes: 'read_institutions,write_everything' }, 'scopes'],
    [{ stale_in: '300 days' }, 'stale_in'],
    [{ fetch_resources: ['ACCOUNTS', 'PIZZA'] }, 'fetch_resources'],
    [
      { widget: { branding: { overlay_background_color: 'red' } } },
      'widget.branding.overlay_background_color',
    ],
    [{ widget: { consent: { purpose: 'x'.repeat(601) } } }, 'widget.consent.purpose'],
    [{ widget: { callback_urls: { success: 'not a url' } } }, 'widget.callback_urls.success'],
  ])('invalid field %j: 400 on %s', async (extra, field) => {
    const res = await post('/api/token/', {
      ...keys(),
      scopes: 'read_institutions,write_links',
      ...extra,
    })
    expect(res.status).toBe(400)
    const errors = (await res.json()) as Array<{ field: string }>
    expect(errors.map((e) => e.field)).toEqual([field])
  })

  it('accepts the full OFDA body from the docs', async () => {
    await token({
      scopes:
        'read_institutions,write_links,read_consents,write_consents,write_consent_callback,delete_consents',
      stale_in: '300d',
      fetch_resources: ['ACCOUNTS', 'TRANSACTIONS', 'OWNERS'],
      widget: {
        purpose: 'Soluções financeiras personalizadas.',
        openfinance_feature: 'consent_link_creation',
        callback_urls: { success: 'app://success', exit: 'app://exit', event: 'app://error' },
        consent: {
          terms_and_conditions_url: 'https://www.belvo.com',
          permissions: ['REGISTER', 'ACCOUNTS', 'CREDIT_CARDS', 'CREDIT_OPERATIONS'],
          identification_info: [
            { type: 'CPF', number: '76109277673', name: 'Ralph Bragg' },
            { type: 'CNPJ', number: '50685362006773', name: 'Belvo OF test' },
          ],
        },
      },
    })
  })

  it('a body that is not JSON: 400', async () => {
    const res = await post('/api/token/', '{nope')
    expect(res.status).toBe(400)
    expect(((await res.json()) as Array<{ message: string }>)[0]!.message).toMatch(/JSON/)
  })
})

describe('the widget token rules', () => {
  it('a fresh token opens the widget and carries its branding', async () => {
    const access = await token({
      widget: { branding: { company_name: 'ACME', overlay_background_color: '#112233' } },
    })
    const res = await post('/widget/session', { access_token: access })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      branding: { company_name: 'ACME', overlay_background_color: '#112233' },
    })
  })

  it('a token stops working once a link is created with it', async () => {
    const access = await token()
    await link(access)
    for (const path of ['/widget/session', '/widget/links']) {
      const res = await post(path, { access_token: access, institution: 'erebor_mx_retail' })
      expect(res.status).toBe(401)
      expect(await res.json()).toEqual([
        {
          request_id: expect.any(String),
          code: 'ACCESS_TOKEN_NOT_VALID',
          message: BELVO_MESSAGES.ACCESS_TOKEN_NOT_VALID,
        },
      ])
    }
  })

  it.each([
    ['garbage', 'not-a-jwt'],
    ['empty', ''],
  ])('a %s token is ACCESS_TOKEN_NOT_VALID', async (_, access) => {
    const res = await post('/widget/session', { access_token: access })
    expect(res.status).toBe(401)
  })

  it('a refresh token, or a token without write_links, does not open the widget', async () => {
    const res = await post('/api/token/', { ...keys(), scopes: 'read_institutions,write_links' })
    const { refresh } = (await res.json()) as { refresh: string }
    expect((await post('/widget/session', { access_token: refresh })).status).toBe(401)
    const readOnly = await token({ scopes: 'read_institutions' })
    expect((await post('/widget/session', { access_token: readOnly })).status).toBe(401)
  })

  it('an expired token is ACCESS_TOKEN_NOT_VALID', async () => {
    const shortLived = await startEmulator({ port: 0, quiet: true, accessTokenTtlSeconds: -1 })
    try {
      const res = await fetch(`${shortLived.url}/api/token/`, {
        method: 'POST',
        body: JSON.stringify({ ...keys(), scopes: 'read_institutions,write_links' }),
      })
      const { access } = (await res.json()) as { access: string }
      const session = await fetch(`${shortLived.url}/widget/session`, {
        method: 'POST',
        body: JSON.stringify({ access_token: access }),
      })
      expect(session.status).toBe(401)
    } finally {
      await shortLived.close()
    }
  })

  it('MFA credentials answer 428 token_required, then link with the right token', async () => {
    const access = await token()
    const { username, password, outcome } = SANDBOX_CREDENTIALS.mfa
    const attempt = { access_token: access, institution: 'erebor_mx_retail', username, password }
    const first = await post('/widget/links', attempt)
    expect(first.status).toBe(428)
    expect(((await first.json()) as Array<{ code: string }>)[0]!.code).toBe('token_required')
    expect((await post('/widget/links', { ...attempt, token: '999999' })).status).toBe(400)
    expect((await post('/widget/links', { ...attempt, token: outcome.token })).status).toBe(201)
  })

  it('update mode: a token with link_id restores that link under the same id', async () => {
    const first = await link(await token(), 'erebor_br_retail')
    const access = await token({
      scopes: 'read_institutions,write_links,read_links',
      link_id: first.id,
    })
    const session = await post('/widget/session', { access_token: access })
    expect(await session.json()).toMatchObject({
      update_link: { id: first.id, institution: 'erebor_br_retail' },
    })
    expect((await link(access, 'erebor_br_retail')).id).toBe(first.id)
  })
})

describe('data API', () => {
  it('GET /api/links/{id}/ and POST /api/accounts/ with Basic auth return deterministic Belvo objects', async () => {
    const created = await link(await token())
    const auth = basic(emulator.secretId, emulator.secretPassword)
    const got = await fetch(`${emulator.url}/api/links/${created.id}/`, { headers: auth })
    expect(got.status).toBe(200)
    expect(await got.json()).toMatchObject({
      id: created.id,
      institution: 'erebor_mx_retail',
      status: 'valid',
    })

    const first = await post('/api/accounts/', { link: created.id }, auth)
    expect(first.status).toBe(201)
    const accounts = (await first.json()) as Array<Record<string, unknown>>
    expect(accounts.length).toBeGreaterThan(0)
    for (const account of accounts) {
      expect(account).toMatchObject({
        id: expect.any(String),
        link: created.id,
        institution: { name: 'erebor_mx_retail', type: 'bank' },
        collected_at: expect.any(String),
        category: expect.any(String),
        type: expect.any(String),
        name: expect.any(String),
        number: expect.any(String),
        balance: { current: expect.any(Number), available: expect.any(Number) },
        currency: 'MXN',
      })
    }
    const second = await post('/api/accounts/', { link: created.id }, auth)
    expect(await second.json()).toEqual(accounts)
  })

  it('unknown link: 404 in Belvo error format; wrong or no keys: 401', async () => {
    const auth = basic(emulator.secretId, emulator.secretPassword)
    const missing = await post(
      '/api/accounts/',
      { link: '00000000-0000-4000-8000-000000000000' },
      auth,
    )
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual([
      { request_id: expect.any(String), code: 'not_found', message: 'Not found.' },
    ])
    expect((await fetch(`${emulator.url}/api/links/nope/`, { headers: auth })).status).toBe(404)
    expect((await post('/api/accounts/', { link: 'x' })).status).toBe(401)
    expect(
      (await post('/api/accounts/', { link: 'x' }, basic('emulator-secret-id', 'wrong'))).status,
    ).toBe(401)
  })
})

describe('hosted widget', () => {
  const callback_urls = { success: 'myapp://success', exit: 'myapp://exit', event: 'myapp://error' }
  const redirect = (query: Record<string, string>) =>
    fetch(`${emulator.url}/hosted/redirect?${new URLSearchParams(query)}`, { redirect: 'manual' })

  it('GET /?access_token=… serves the widget page loading the emulated SDK', async () => {
    const res = await fetch(`${emulator.url}/?access_token=abc&locale=pt&mode=webapp`)
    expect(res.headers.get('content-type')).toMatch(/text\/html/)
    const html = await res.text()
    expect(html).toContain('<div id="belvo"></div>')
    expect(html).toContain('src="/belvo-widget-1-stable.js"')
  })

  it('success redirects to callback_urls.success with the link the token created', async () => {
    const access = await token({ widget: { callback_urls } })
    const created = await link(access)
    const res = await redirect({ kind: 'success', access_token: access, link: 'forged' })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe(
      `myapp://success?link=${created.id}&institution=erebor_mx_retail`,
    )
  })

  it('exit, error and warning deep links carry the documented, percent-encoded parameters', async () => {
    const access = await token({ widget: { callback_urls } })
    const exit = await redirect({
      kind: 'exit',
      access_token: access,
      last_encountered_error_code: 'login_error',
      last_encountered_error_message: BELVO_MESSAGES.login_error.invalid_credentials,
      meta_data_institution_name: 'erebor_mx_retail',
      meta_data_step: 'abandon-survey',
    })
    expect(exit.headers.get('location')).toBe(
      'myapp://exit?last_encountered_error_code=login_error' +
        '&last_encountered_error_message=Invalid%20credentials%20provided%20to%20login%20to%20the%20institution' +
        '&meta_data_institution_name=erebor_mx_retail&meta_data_step=abandon-survey',
    )
    const error = await redirect({
      kind: 'error',
      access_token: access,
      error: 'ACCESS_TOKEN_NOT_VALID',
      error_message: BELVO_MESSAGES.ACCESS_TOKEN_NOT_VALID,
    })
    expect(error.headers.get('location')).toBe(
      'myapp://error?error=ACCESS_TOKEN_NOT_VALID&error_message=The%20access%20token%20was%20not%20provided%20or%20is%20not%20valid',
    )
    const warning = await redirect({
      kind: 'warning',
      access_token: access,
      warning: 'institution_disabled',
      warning_message: BELVO_MESSAGES.institution_disabled,
    })
    expect(warning.headers.get('location')).toBe(
      'myapp://warning?warning=institution_disabled&warning_message=The%20institution%20is%20temporarily%20unavailable.',
    )
  })

  it('without a readable token or a callback URL there is nowhere to go: an explanatory page', async () => {
    expect((await redirect({ kind: 'exit', access_token: 'garbage' })).status).toBe(401)
    const noUrls = await redirect({ kind: 'exit', access_token: await token() })
    expect(noUrls.status).toBe(400)
    expect(await noUrls.text()).toContain('callback_urls.exit')
  })
})

describe('script, CORS and faults', () => {
  it('serves the SDK script to any origin', async () => {
    const res = await fetch(emulator.scriptUrl, { headers: { origin: 'http://localhost:5173' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/javascript/)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(await res.text()).toContain('belvoSDK')
  })

  it('serves the same SDK as belvo-widget-sandbox-1-stable.js, and says which names exist', async () => {
    const stable = await (await fetch(emulator.scriptUrl)).text()
    const sandbox = await fetch(`${emulator.url}/belvo-widget-sandbox-1-stable.js`)
    expect(sandbox.status).toBe(200)
    expect(sandbox.headers.get('content-type')).toMatch(/javascript/)
    expect(await sandbox.text()).toBe(stable)

    const wrong = await fetch(`${emulator.url}/belvo-web-widget.js`)
    expect(wrong.status).toBe(404)
    expect(await wrong.text()).toBe(
      "belvo-web-widget.js is not a script Belvo's CDN serves: load belvo-widget-1-stable.js or belvo-widget-sandbox-1-stable.js.",
    )
  })

  it('answers CORS preflights for the widget routes', async () => {
    const res = await fetch(`${emulator.url}/widget/session`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5174',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-headers')).toContain('content-type')
  })

  it('scriptFault error answers 500; hang never answers; none serves again', async () => {
    emulator.setFaults({ scriptFault: 'error' })
    expect((await fetch(emulator.scriptUrl)).status).toBe(500)
    emulator.setFaults({ scriptFault: 'hang' })
    await expect(fetch(emulator.scriptUrl, { signal: AbortSignal.timeout(200) })).rejects.toThrow()
    emulator.setFaults({ scriptFault: 'none' })
    expect((await fetch(emulator.scriptUrl)).status).toBe(200)
  })

  it('latency switches hold the script and the token answers back', async () => {
    emulator.setFaults({ scriptLatencyMs: 5_000, tokenLatencyMs: 5_000 })
    try {
      await expect(
        fetch(emulator.scriptUrl, { signal: AbortSignal.timeout(150) }),
      ).rejects.toThrow()
      await expect(
        fetch(`${emulator.url}/api/token/`, {
          method: 'POST',
          body: JSON.stringify({ ...keys(), scopes: 'read_institutions,write_links' }),
          signal: AbortSignal.timeout(150),
        }),
      ).rejects.toThrow()
    } finally {
      emulator.setFaults({ scriptLatencyMs: 0, tokenLatencyMs: 0 })
    }
  })

  it('tokenFault 401 and 500 override correct requests', async () => {
    emulator.setFaults({ tokenFault: 401 })
    expect(
      (await post('/api/token/', { ...keys(), scopes: 'read_institutions,write_links' })).status,
    ).toBe(401)
    emulator.setFaults({ tokenFault: 500 })
    const res = await post('/api/token/', { ...keys(), scopes: 'read_institutions,write_links' })
    expect(res.status).toBe(500)
    expect(((await res.json()) as Array<{ code: string }>)[0]!.code).toBe('unexpected_error')
    emulator.setFaults({ tokenFault: 'none' })
    await token()
  })

  it('the loopback control route reads and changes faults, and rejects unknown ones', async () => {
    const set = await post('/__emulator/faults', { scriptFault: 'error', tokenLatencyMs: 5 })
    expect(await set.json()).toMatchObject({ scriptFault: 'error', tokenLatencyMs: 5 })
    expect(emulator.faults).toMatchObject({ scriptFault: 'error', tokenLatencyMs: 5 })
    expect((await fetch(emulator.scriptUrl)).status).toBe(500)
    const bad = await post('/__emulator/faults', { scriptFualt: 'error' })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as Array<{ message: string }>)[0]!.message).toMatch(
      /Unknown fault "scriptFualt"/,
    )
    await post('/__emulator/faults', { scriptFault: 'none', tokenLatencyMs: 0 })
    expect(await fetch(`${emulator.url}/__emulator/faults`).then((r) => r.json())).toMatchObject({
      scriptFault: 'none',
      tokenLatencyMs: 0,
    })
  })
})

describe('the control route from another machine', () => {
  const external = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && !i.internal && i.family === 'IPv4')?.address

  it.skipIf(!external)(
    'answers 403 to non-loopback clients, while the API still works',
    async () => {
      const open = await startEmulator({ port: 0, host: '0.0.0.0', quiet: true })
      try {
        const viaLan = `http://${external}:${new URL(open.url).port}`
        const res = await fetch(`${viaLan}/__emulator/faults`, {
          method: 'POST',
          body: '{"scriptFault":"error"}',
        })
        expect(res.status).toBe(403)
        expect(open.faults.scriptFault).toBe('none')
        expect((await fetch(`${viaLan}/belvo-widget-1-stable.js`)).status).toBe(200)
      } finally {
        await open.close()
      }
    },
  )
})
