import { afterEach, describe, expect, it, vi } from 'vitest'
import { createWidgetToken } from './create-widget-token.ts'
import { BelvoServerError } from './errors.ts'
import { OFDA_SCOPES, ofda, UPDATE_MODE_SCOPES, updateMode } from './flows.ts'
import type { BelvoTokenHandlerOptions } from './handler.ts'
import {
  emulatorAcceptsToken,
  jwtClaims,
  linkSandboxAccount,
  SECRET_ID,
  SECRET_PASSWORD,
} from './test/emulator.ts'
import { fetchCheckingThis } from './test/fake-belvo.ts'
import { CPF, useTokenHandlerFixture } from './test/handler-fixture.ts'

const { emulator, seen, handler, post } = useTokenHandlerFixture()

describe('createBelvoTokenHandler against the emulator', () => {
  it('answers 200 with the access token only, one the emulator accepts', async () => {
    const res = await post(handler())
    expect(res.status).toBe(200)
    expect(Object.keys(res.body)).toEqual(['access'])
    expect(res.headers.get('cache-control')).toBe('no-store')
    const access = res.body.access as string
    expect(await emulatorAcceptsToken(emulator().url, access)).toMatchObject({ ok: true })
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
      environment: emulator().url,
      secretId: SECRET_ID,
      secretPassword: SECRET_PASSWORD,
    })
    const linkId = await linkSandboxAccount(emulator().url, access)

    const res = await post(handler({ flow: updateMode() }), { link_id: linkId })
    expect(res.status).toBe(200)
    const token = res.body.access as string
    expect(String(jwtClaims(token).scopes ?? '')).toContain('read_links')
    expect(await emulatorAcceptsToken(emulator().url, token)).toEqual({
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
    expect(await emulatorAcceptsToken(emulator().url, res.body.access as string)).toMatchObject({
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

describe("with Cloudflare Workers' fetch, which refuses a foreign `this`", () => {
  const nodeFetch = globalThis.fetch
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('answers 200 with the global fetch, read at each request', async () => {
    const h = handler()
    expect((await post(h)).status).toBe(200)
    const calls: string[] = []
    vi.stubGlobal(
      'fetch',
      fetchCheckingThis(async (input, init) => {
        calls.push(String(input))
        return nodeFetch(input, init)
      }),
    )
    const res = await post(h)
    expect(res.status).toBe(200)
    expect(calls).toEqual([`${emulator().url}/api/token/`])
    expect(await emulatorAcceptsToken(emulator().url, res.body.access as string)).toMatchObject({
      ok: true,
    })
  })

  it('answers 200 with such a fetch passed as the fetch option', async () => {
    const res = await post(handler({ fetch: fetchCheckingThis(nodeFetch) }))
    expect(res.status).toBe(200)
    expect(Object.keys(res.body)).toEqual(['access'])
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
