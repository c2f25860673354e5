import { BELVO_MESSAGES, SANDBOX_CREDENTIALS, startEmulator } from '@belvo-widget/emulator'
import { describe, expect, it } from 'vitest'
import { claims, keys, link, post, startEmulatorAroundFile, token } from './emulator.fixture.ts'

startEmulatorAroundFile()

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
