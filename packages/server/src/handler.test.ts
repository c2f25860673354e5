import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type RunningEmulator as Emulator, startEmulator } from '@belvo-widget/emulator'
import express from 'express'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createWidgetToken } from './create-widget-token.ts'
import { BelvoServerError } from './errors.ts'
import { multiRegion, OFDA_SCOPES, ofda, UPDATE_MODE_SCOPES, updateMode } from './flows.ts'
import { type BelvoTokenHandlerOptions, createBelvoTokenHandler } from './handler.ts'
import { createBelvoTokenMiddleware, toNodeHandler } from './node.ts'
import {
  emulatorAcceptsToken,
  jwtClaims,
  linkSandboxAccount,
  SECRET_ID,
  SECRET_PASSWORD,
} from './test/emulator.ts'

const WRONG_PASSWORD = 'wrong-password-Zq81'
const CPF = '76109277673'

let emulator: Emulator
/** Every response body and console line of the current test, checked for secrets after it. */
const seen: string[] = []

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true })
})
afterAll(async () => {
  await emulator?.close()
})

beforeEach(() => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      seen.push(
        args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' '),
      )
    })
  }
})
afterEach(() => {
  emulator.setFaults({ tokenFault: 'none', tokenLatencyMs: 0 })
  const all = seen.join('\n')
  expect(all).not.toContain(SECRET_PASSWORD)
  expect(all).not.toContain(SECRET_ID)
  expect(all).not.toContain(WRONG_PASSWORD)
  seen.length = 0
})

function handler(options: BelvoTokenHandlerOptions = {}) {
  return createBelvoTokenHandler({
    environment: emulator.url,
    secretId: SECRET_ID,
    secretPassword: SECRET_PASSWORD,
    ...options,
  })
}

async function post(
  h: (r: Request) => Promise<Response>,
  body?: string | object,
  init: RequestInit = {},
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await h(
    new Request('http://app.test/api/widget-token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      ...init,
    }),
  )
  const text = await response.text()
  seen.push(text)
  return { status: response.status, body: JSON.parse(text), headers: response.headers }
}

describe('createBelvoTokenHandler against the emulator', () => {
  it('answers 200 with the access token only, one the emulator accepts', async () => {
    const res = await post(handler())
    expect(res.status).toBe(200)
    expect(Object.keys(res.body)).toEqual(['access'])
    expect(res.headers.get('cache-control')).toBe('no-store')
    const access = res.body.access as string
    expect(await emulatorAcceptsToken(emulator.url, access)).toMatchObject({ ok: true })
    const claims = jwtClaims(access)
    // Belvo's tokens live 10 minutes.
    expect(Number(claims.exp) - Math.floor(Date.now() / 1000)).toBeGreaterThan(9 * 60)
  })

  it('hands out the refresh token only when asked to', async () => {
    const res = await post(handler({ exposeRefreshToken: true }))
    expect(res.status).toBe(200)
    expect(Object.keys(res.body).sort()).toEqual(['access', 'refresh'])
  })

  it('update mode: a token for the link the browser names, with read_links', async () => {
    const { access } = await createWidgetToken({
      environment: emulator.url,
      secretId: SECRET_ID,
      secretPassword: SECRET_PASSWORD,
    })
    const linkId = await linkSandboxAccount(emulator.url, access)

    const res = await post(handler({ flow: updateMode() }), { link_id: linkId })
    expect(res.status).toBe(200)
    const token = res.body.access as string
    expect(String(jwtClaims(token).scopes ?? '')).toContain('read_links')
    expect(await emulatorAcceptsToken(emulator.url, token)).toEqual({
      ok: true,
      updateLinkId: linkId,
    })
  })

  it('update mode without link_id is a 400 naming link_id; optional update mode falls back', async () => {
    const required = await post(handler({ flow: updateMode() }), {})
    expect(required.status).toBe(400)
    expect(required.body.error).toMatchObject({ code: 'invalid_request', field: 'link_id' })

    const optional = await post(handler({ flow: updateMode({ optional: true }) }))
    expect(optional.status).toBe(200)
    expect(String(jwtClaims(optional.body.access as string).scopes)).not.toContain('read_links')
  })

  it('Brazil OFDA: consent with a per-user CPF from resolveRequest', async () => {
    const h = handler({
      flow: ofda({
        termsAndConditionsUrl: 'https://example.com/terms',
        purpose: 'Ofertas de crédito.',
      }),
      resolveRequest: () => ({
        widget: { consent: { identification_info: [{ type: 'CPF', number: CPF, name: 'Ana' }] } },
      }),
    })
    const res = await post(h)
    expect(res.status).toBe(200)
    expect(await emulatorAcceptsToken(emulator.url, res.body.access as string)).toMatchObject({
      ok: true,
    })
  })

  it('sends Belvo the scopes and body each flow documents', async () => {
    const sent: Record<string, unknown>[] = []
    const recording: typeof fetch = async (input, init) => {
      sent.push(JSON.parse(String(init?.body)))
      return fetch(input, init)
    }
    const linkId = '0d3ffb69-f83b-456e-ad8e-208d0998d71d'
    await post(handler({ fetch: recording, request: { stale_in: '90d' } }))
    await post(handler({ fetch: recording, flow: updateMode() }), { link_id: linkId })
    await post(
      handler({
        fetch: recording,
        flow: ofda({
          termsAndConditionsUrl: 'https://example.com/terms',
          identificationInfo: [{ type: 'CPF', number: CPF, name: 'Ana' }],
        }),
      }),
    )
    expect(sent[0]).toEqual({
      id: SECRET_ID,
      password: SECRET_PASSWORD,
      scopes: 'read_institutions,write_links',
      stale_in: '90d',
    })
    expect(sent[1]).toMatchObject({ scopes: UPDATE_MODE_SCOPES, link_id: linkId })
    expect(sent[2]).toMatchObject({
      scopes: OFDA_SCOPES,
      widget: {
        openfinance_feature: 'consent_link_creation',
        consent: {
          terms_and_conditions_url: 'https://example.com/terms',
          permissions: ['REGISTER', 'ACCOUNTS', 'CREDIT_CARDS', 'CREDIT_OPERATIONS'],
          identification_info: [{ type: 'CPF', number: CPF, name: 'Ana' }],
        },
      },
    })
  })
})

describe('bad input from the browser', () => {
  it('answers 405 with Allow: POST to other methods', async () => {
    const response = await handler()(new Request('http://app.test/api/widget-token'))
    seen.push(await response.clone().text())
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('POST')
    expect(await response.json()).toMatchObject({ error: { code: 'method_not_allowed' } })
  })

  it('answers 413 to a body over maxBodyBytes, declared or streamed', async () => {
    const big = JSON.stringify({ external_id: 'x'.repeat(5000) })
    const declared = await post(handler({ acceptExternalId: true }), big)
    expect(declared.status).toBe(413)
    expect(declared.body.error).toMatchObject({ code: 'payload_too_large' })

    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode(' '.repeat(100)))
        controller.close()
      },
    })
    const streamed = await post(handler({ maxBodyBytes: 512 }), undefined, {
      body: stream,
      duplex: 'half',
    } as RequestInit)
    expect(streamed.status).toBe(413)
  })

  it.each([
    ['not JSON', '{link_id:', 'invalid_json'],
    ['a JSON list', '[]', 'invalid_json'],
    ['a JSON string', '"hello"', 'invalid_json'],
  ])('answers 400 to a body that is %s', async (_, body, code) => {
    const res = await post(handler(), body)
    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({ code })
  })

  it.each([
    [
      'link_id outside update mode',
      {},
      { link_id: '0d3ffb69-f83b-456e-ad8e-208d0998d71d' },
      'link_id',
    ],
    ['external_id unless accepted', {}, { external_id: 'user_42' }, 'external_id'],
    ['a field the server decides', { acceptExternalId: true }, { scopes: 'write_links' }, 'scopes'],
    ['a bad external_id', { acceptExternalId: true }, { external_id: 'a@b' }, 'external_id'],
    ['a link_id that is no UUID', { flow: updateMode() }, { link_id: '1 OR 1=1' }, 'link_id'],
  ] as const)('answers 400 naming the field to %s', async (_, options, body, field) => {
    const res = await post(handler(options as BelvoTokenHandlerOptions), body)
    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({ code: 'invalid_request', field })
  })

  it.each([
    ['a CPF with a wrong check digit', { type: 'CPF', number: '76109277674', name: 'Ana' }],
    ['a CNPJ with a wrong check digit', { type: 'CNPJ', number: '11222333000182', name: 'Co' }],
  ] as const)('answers 400 to an OFDA request with %s, before calling Belvo', async (_, info) => {
    const calls: string[] = []
    const res = await post(
      handler({
        fetch: async (input, init) => {
          calls.push(String(input))
          return fetch(input, init)
        },
        flow: ofda({ termsAndConditionsUrl: 'https://example.com/terms' }),
        resolveRequest: () => ({ widget: { consent: { identification_info: [info] } } }),
      }),
    )
    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({
      field: 'widget.consent.identification_info[0].number',
    })
    expect(calls).toEqual([])
  })

  it('answers 400 when OFDA has no identification_info', async () => {
    const res = await post(
      handler({ flow: ofda({ termsAndConditionsUrl: 'https://example.com/t' }) }),
    )
    expect(res.status).toBe(400)
    expect(res.body.error).toMatchObject({ field: 'widget.consent.identification_info' })
  })

  it('lets resolveRequest refuse with its own status', async () => {
    const res = await post(
      handler({
        resolveRequest: () => {
          throw new BelvoServerError('invalid_request', 'Sign in first.', { status: 401 })
        },
      }),
    )
    expect(res.status).toBe(401)
    expect(res.body.error).toMatchObject({ message: 'Sign in first.' })
  })

  it('answers 500 without details when resolveRequest throws something else', async () => {
    const res = await post(
      handler({
        resolveRequest: () => {
          throw new Error(`database down (${SECRET_PASSWORD})`)
        },
      }),
    )
    expect(res.status).toBe(500)
    expect(res.body.error).toMatchObject({ code: 'internal_error' })
    expect(seen.some((line) => line.includes('database down ([redacted])'))).toBe(true)
  })
})

describe('bad server options throw when the handler is created', () => {
  it.each([
    [
      'a purpose over 600 characters',
      { flow: ofda({ termsAndConditionsUrl: 'https://e.com/t', purpose: 'x'.repeat(601) }) },
      'widget.purpose',
    ],
    [
      'an http terms URL',
      { flow: ofda({ termsAndConditionsUrl: 'http://e.com/t' }) },
      'widget.consent.terms_and_conditions_url',
    ],
    [
      "Belvo's OFDA example callback URLs, whose scheme has _",
      {
        flow: ofda({
          termsAndConditionsUrl: 'https://e.com/t',
          callbackUrls: { success: 'your_deeplink_here://success' },
        }),
      },
      'widget.callback_urls.success',
    ],
    ['a stale_in of "1 year"', { request: { stale_in: '1 year' } }, 'stale_in'],
    [
      'an unknown fetch resource',
      { request: { fetch_resources: ['ACCOUNTZ'] } },
      'fetch_resources[0]',
    ],
  ] as const)('%s', (_, options, field) => {
    let error: unknown
    try {
      handler(options as unknown as BelvoTokenHandlerOptions)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BelvoServerError)
    expect(error).toMatchObject({ code: 'invalid_options', field })
  })

  it('creates the handler without the keys (a build imports the route), then answers 500 naming them', async () => {
    vi.stubEnv('BELVO_SECRET_ID', '')
    vi.stubEnv('BELVO_SECRET_PASSWORD', '')
    const withoutKeys = createBelvoTokenHandler({ environment: emulator.url })
    const res = await post(withoutKeys)
    expect(res.status).toBe(500)
    expect(res.body.error).toMatchObject({ code: 'invalid_options' })
    expect((res.body.error as { message: string }).message).toMatch(
      /BELVO_SECRET_ID.*BELVO_SECRET_PASSWORD/,
    )
    expect(seen.some((line) => line.includes('invalid_options'))).toBe(true)
    // Keys set later (e.g. a secret mounted after start) are read by the next request.
    vi.stubEnv('BELVO_SECRET_ID', SECRET_ID)
    vi.stubEnv('BELVO_SECRET_PASSWORD', SECRET_PASSWORD)
    expect((await post(withoutKeys)).status).toBe(200)
    vi.unstubAllEnvs()
  })

  it('reads BELVO_ENV at the first request: a bad value is a 500 that names it', async () => {
    vi.stubEnv('BELVO_ENV', 'http://belvo.example.com')
    const res = await post(
      createBelvoTokenHandler({ secretId: SECRET_ID, secretPassword: SECRET_PASSWORD }),
    )
    vi.unstubAllEnvs()
    expect(res.status).toBe(500)
    expect(res.body.error).toMatchObject({ code: 'invalid_options' })
    expect((res.body.error as { message: string }).message).toMatch(/BELVO_ENV must use https/)
  })

  it.each([
    ['an empty secretId', { secretId: '' }, /secretId must be a non-empty string/],
    ['a zero timeoutMs', { timeoutMs: 0 }, /timeoutMs must be a positive number/],
    ['an environment that is not a URL', { environment: 'staging' }, /BELVO_ENV must be sandbox/],
  ] as const)('options passed in code are still checked at once: %s', (_, options, message) => {
    expect(() => createBelvoTokenHandler(options)).toThrow(message)
  })

  it('reads the keys and environment from BELVO_SECRET_ID, BELVO_SECRET_PASSWORD, BELVO_ENV', async () => {
    vi.stubEnv('BELVO_SECRET_ID', SECRET_ID)
    vi.stubEnv('BELVO_SECRET_PASSWORD', SECRET_PASSWORD)
    vi.stubEnv('BELVO_ENV', emulator.url)
    const res = await post(createBelvoTokenHandler())
    vi.unstubAllEnvs()
    expect(res.status).toBe(200)
  })

  it('refuses plain http to a remote host', () => {
    expect(() => handler({ environment: 'http://belvo.example.com' })).toThrow(/https/)
  })
})

describe('when Belvo fails', () => {
  it("turns Belvo's 401 into a 502 that names the cause, without the keys", async () => {
    const res = await post(handler({ secretPassword: WRONG_PASSWORD }))
    expect(res.status).toBe(502)
    const error = res.body.error as { code: string; message: string }
    expect(error.code).toBe('belvo_unauthorized')
    expect(error.message).toMatch(/secret keys.*BELVO_SECRET_ID and BELVO_SECRET_PASSWORD/)
    // Server-side problems are logged, without the keys (checked after each test).
    expect(seen.some((line) => line.includes('belvo_unauthorized'))).toBe(true)
  })

  it('answers 502 when Belvo answers 500', async () => {
    emulator.setFaults({ tokenFault: 500 })
    const res = await post(handler())
    expect(res.status).toBe(502)
    expect(res.body.error).toMatchObject({ code: 'belvo_error' })
  })

  it('answers 504 when Belvo is slower than timeoutMs', async () => {
    emulator.setFaults({ tokenLatencyMs: 2_000 })
    const res = await post(handler({ timeoutMs: 100 }))
    expect(res.status).toBe(504)
    expect(res.body.error).toMatchObject({ code: 'belvo_timeout' })
  })

  it("createWidgetToken stops at the caller's signal, well before timeoutMs", async () => {
    emulator.setFaults({ tokenLatencyMs: 2_000 })
    const reason = new Error('the visitor left')
    const started = Date.now()
    await expect(
      createWidgetToken({
        environment: emulator.url,
        secretId: SECRET_ID,
        secretPassword: SECRET_PASSWORD,
        signal: AbortSignal.timeout(50),
      }),
    ).rejects.toMatchObject({ name: 'TimeoutError' })
    const controller = new AbortController()
    const pending = createWidgetToken({
      environment: emulator.url,
      secretId: SECRET_ID,
      secretPassword: SECRET_PASSWORD,
      signal: controller.signal,
    })
    controller.abort(reason)
    await expect(pending).rejects.toBe(reason)
    expect(Date.now() - started).toBeLessThan(1_500)
  })

  it('answers 502 when nothing listens at BELVO_ENV', async () => {
    const server = createServer()
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    const { port } = server.address() as AddressInfo
    await new Promise((resolve) => server.close(resolve))
    const res = await post(handler({ environment: `http://127.0.0.1:${port}` }))
    expect(res.status).toBe(502)
    expect(res.body.error).toMatchObject({ code: 'belvo_unreachable' })
  })

  it('createWidgetToken throws the same typed error', async () => {
    await expect(
      createWidgetToken({
        environment: emulator.url,
        secretId: SECRET_ID,
        secretPassword: WRONG_PASSWORD,
        flow: multiRegion(),
      }),
    ).rejects.toMatchObject({ name: 'BelvoServerError', code: 'belvo_unauthorized', status: 502 })
  })
})

describe('toNodeHandler under node:http', () => {
  let server: Server
  let url: string
  beforeAll(async () => {
    const tokenRoute = toNodeHandler(handler({ maxBodyBytes: 256, acceptExternalId: true }))
    server = createServer((req, res) => {
      void tokenRoute(req, res)
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  async function send(path: string, init: RequestInit) {
    const response = await fetch(`${url}${path}`, init)
    const text = await response.text()
    seen.push(text)
    return { status: response.status, body: JSON.parse(text), headers: response.headers }
  }

  it('serves the token over real HTTP', async () => {
    const res = await send('/', { method: 'POST', body: '{"external_id":"user_42"}' })
    expect(res.status).toBe(200)
    expect(Object.keys(res.body)).toEqual(['access'])
    expect(res.headers.get('content-type')).toContain('application/json')
  })

  it('answers 413 to a large chunked body and 405 to GET', async () => {
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(100)))
        controller.close()
      },
    })
    const big = await send('/', { method: 'POST', body: chunks, duplex: 'half' } as RequestInit)
    expect(big.status).toBe(413)
    const get = await send('/', { method: 'GET' })
    expect(get.status).toBe(405)
  })
})

describe('createBelvoTokenMiddleware under Express', () => {
  let server: Server
  let url: string
  beforeAll(async () => {
    const options = {
      environment: emulator.url,
      secretId: SECRET_ID,
      secretPassword: SECRET_PASSWORD,
      acceptExternalId: true,
    }
    const app = express()
    app.post('/raw', createBelvoTokenMiddleware(options))
    // express.json() reads the stream first; the adapter takes its parsed body.
    app.post('/parsed', express.json(), createBelvoTokenMiddleware(options))
    server = app.listen(0, '127.0.0.1')
    await once(server, 'listening')
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  it.each(['/raw', '/parsed'])('serves { access } on %s and validates the body', async (path) => {
    const post = (body: object) =>
      fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    const ok = await post({ external_id: 'user_42' })
    const okBody = (await ok.json()) as Record<string, unknown>
    seen.push(JSON.stringify(okBody))
    expect(ok.status).toBe(200)
    expect(Object.keys(okBody)).toEqual(['access'])

    const bad = await post({ external_id: 'no' })
    const badBody = (await bad.json()) as { error: { field: string } }
    expect(bad.status).toBe(400)
    expect(badBody.error.field).toBe('external_id')
  })
})
