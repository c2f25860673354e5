import { BELVO_MESSAGES } from '@belvo-widget/emulator'
import { describe, expect, it } from 'vitest'
import {
  basic,
  emulator,
  keys,
  link,
  post,
  startEmulatorAroundFile,
  token,
} from './emulator.fixture.ts'

startEmulatorAroundFile()

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

  it('a token without the widget scopes still reaches callback_urls.event with error=ACCESS_TOKEN_NOT_VALID', async () => {
    for (const scopes of [undefined, 'read_institutions']) {
      const res = await post('/api/token/', { ...keys(), scopes, widget: { callback_urls } })
      const { access } = (await res.json()) as { access: string }
      expect((await post('/widget/session', { access_token: access })).status).toBe(401)
      const error = await redirect({
        kind: 'error',
        access_token: access,
        error: 'ACCESS_TOKEN_NOT_VALID',
        error_message: BELVO_MESSAGES.ACCESS_TOKEN_NOT_VALID,
      })
      expect(error.status).toBe(302)
      expect(error.headers.get('location')).toBe(
        'myapp://error?error=ACCESS_TOKEN_NOT_VALID&error_message=The%20access%20token%20was%20not%20provided%20or%20is%20not%20valid',
      )
      const exit = await redirect({ kind: 'exit', access_token: access })
      expect(exit.headers.get('location')).toBe('myapp://exit')
    }
  })

  it('without a readable token or a callback URL there is nowhere to go: an explanatory page', async () => {
    expect((await redirect({ kind: 'exit', access_token: 'garbage' })).status).toBe(401)
    const noUrls = await redirect({ kind: 'exit', access_token: await token() })
    expect(noUrls.status).toBe(400)
    expect(await noUrls.text()).toContain('callback_urls.exit')
  })
})
