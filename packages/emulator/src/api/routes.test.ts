// Belvo's REST API over real HTTP on 127.0.0.1: shapes, pagination, filters and errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningEmulator, SANDBOX_CREDENTIALS, startEmulator } from '../index.ts'

let emulator: RunningEmulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true })
})
afterAll(() => emulator.close())

type Json = Record<string, unknown>
const basic = (id: string, password: string) =>
  `Basic ${Buffer.from(`${id}:${password}`).toString('base64')}`
const keys = () => basic(emulator.secretId, emulator.secretPassword)

async function api(method: string, path: string, body?: unknown, authorization = keys()) {
  const res = await fetch(path.startsWith('http') ? path : `${emulator.url}${path}`, {
    method,
    headers: { authorization, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : undefined }
}

const register = async (extra: Json = {}) => {
  const { status, body } = await api('POST', '/api/links/', {
    institution: 'erebor_mx_retail',
    ...SANDBOX_CREDENTIALS.success,
    ...extra,
  })
  expect(status).toBe(201)
  return body as { id: string }
}

const belvoError = (code: string, field?: string) => ({
  request_id: expect.stringMatching(/^[0-9a-f]{32}$/),
  code,
  message: expect.any(String),
  ...(field ? { field } : {}),
})

describe('GET /api/ (the clients’ login)', () => {
  it('200 with the secret keys, 401 in Belvo’s error format without them', async () => {
    const ok = await api('GET', '/api/')
    expect(ok.status).toBe(200)
    expect(ok.body).toMatchObject({ links: `${emulator.url}/api/links/` })
    for (const authorization of ['', basic(emulator.secretId, 'nope'), 'Bearer abc']) {
      const refused = await api('GET', '/api/', undefined, authorization)
      expect(refused.status).toBe(401)
      expect(refused.body).toEqual([belvoError('authentication_failed')])
    }
    expect((await api('GET', '/api/links/', undefined, '')).status).toBe(401)
  })
})

describe('pagination', () => {
  it('next and previous are absolute URLs keeping the filters; following next lists everything once', async () => {
    const link = await register()
    const path = `/api/transactions/?link=${link.id}&page_size=40`
    const first = await api('GET', path)
    expect(first.status).toBe(200)
    const { count, previous, next } = first.body as { count: number; previous: null; next: string }
    expect(count).toBeGreaterThan(200) // a recurrent link loads a year of history
    expect(previous).toBeNull()
    expect(next).toBe(`${emulator.url}${path}&page=2`)
    const seen: string[] = []
    let url: string | null = `${emulator.url}${path}`
    let pages = 0
    while (url) {
      const page: {
        body: { results: Array<{ id: string }>; next: string | null; previous: string | null }
      } = await api('GET', url)
      if (pages > 0)
        expect(page.body.previous).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/transactions\//)
      seen.push(...page.body.results.map((t) => t.id))
      url = page.body.next
      pages++
    }
    expect(pages).toBe(Math.ceil(count / 40))
    expect(new Set(seen).size).toBe(count)
    expect((await api('GET', `${path}&page=${pages + 1}`)).status).toBe(404)
  })

  it('page_size defaults to 100 and stops at 1000; fields and omit shape each result', async () => {
    const link = await register()
    const big = await api('GET', `/api/transactions/?link=${link.id}&page_size=5000`)
    expect((big.body as { results: unknown[] }).results.length).toBe(
      (big.body as { count: number }).count,
    )
    const plain = await api('GET', `/api/transactions/?link=${link.id}`)
    expect((plain.body as { results: unknown[] }).results).toHaveLength(100)
    const slim = await api('GET', `/api/links/?id=${link.id}&fields=id,status`)
    expect((slim.body as { results: unknown[] }).results).toEqual([
      { id: link.id, status: 'valid' },
    ])
  })
})

describe('GET /api/institutions/', () => {
  it('filters by country, type, status, resources and display name', async () => {
    const names = async (query: string) =>
      (
        (await api('GET', `/api/institutions/?${query}`)).body as {
          results: Array<{ name: string }>
        }
      ).results.map((i) => i.name)
    expect(await names('country_code=BR')).toEqual(['erebor_br_retail', 'gotham_br_business'])
    expect(await names('country_code__in=CO,BR&type=fiscal')).toEqual(['dian_co_fiscal'])
    expect(await names('status=down')).toEqual(['mordor_mx_retail', 'moria_co_retail'])
    expect(await names('resources__allin=ACCOUNTS,BILLS')).toEqual([
      'erebor_br_retail',
      'gotham_br_business',
    ])
    expect(await names('display_name=gotham')).toEqual([
      'gotham_mx_business',
      'gotham_co_business',
      'gotham_br_business',
    ])
    expect((await api('GET', '/api/institutions/999/')).status).toBe(404)
  })
})

describe('links', () => {
  it('POST /api/links/ names each missing or wrong field', async () => {
    const missing = await api('POST', '/api/links/', {})
    expect(missing.status).toBe(400)
    expect(missing.body).toEqual([
      belvoError('required', 'institution'),
      belvoError('required', 'username'),
      belvoError('required', 'password'),
    ])
    const mode = await api('POST', '/api/links/', {
      institution: 'erebor_mx_retail',
      ...SANDBOX_CREDENTIALS.success,
      access_mode: 'sometimes',
    })
    expect(mode.body).toEqual([belvoError('invalid_choice', 'access_mode')])
    const unexpected = await api('POST', '/api/links/', {
      institution: 'erebor_mx_retail',
      ...SANDBOX_CREDENTIALS.unexpectedError,
    })
    expect(unexpected.status).toBe(500)
    expect(unexpected.body).toEqual([belvoError('unexpected_error')])
  })

  it('PATCH /api/links/{id}/ changes the access mode; wrong methods answer 405', async () => {
    const link = await register()
    const patched = await api('PATCH', `/api/links/${link.id}/`, { access_mode: 'single' })
    expect(patched.body).toMatchObject({ id: link.id, access_mode: 'single', refresh_rate: null })
    expect((await api('PUT', '/api/institutions/')).status).toBe(405)
  })

  it('a link made by the widget loads its history at once, like one made by the API', async () => {
    const { access } = (await (
      await fetch(`${emulator.url}/api/token/`, {
        method: 'POST',
        body: JSON.stringify({
          id: emulator.secretId,
          password: emulator.secretPassword,
          scopes: 'read_institutions,write_links',
        }),
      })
    ).json()) as { access: string }
    const made = await fetch(`${emulator.url}/widget/links`, {
      method: 'POST',
      body: JSON.stringify({
        access_token: access,
        institution: 'erebor_co_retail',
        ...SANDBOX_CREDENTIALS.success,
      }),
    })
    const link = (await made.json()) as { id: string }
    const count = async (resource: string) =>
      ((await api('GET', `/api/${resource}/?link=${link.id}`)).body as { count: number }).count
    expect(await count('accounts')).toBe(3)
    expect(await count('owners')).toBe(1)
    expect(await count('transactions')).toBeGreaterThan(200)
    // Balances are not part of the history: retrieved on demand.
    expect(await count('balances')).toBe(0)
  })

  it('deleting a link deletes its data', async () => {
    const link = await register()
    expect((await api('DELETE', `/api/links/${link.id}/`)).status).toBe(204)
    expect(
      ((await api('GET', `/api/accounts/?link=${link.id}`)).body as { count: number }).count,
    ).toBe(0)
    expect((await api('DELETE', `/api/links/${link.id}/`)).status).toBe(404)
  })
})

describe('data resources', () => {
  it('transactions and balances need link, date_from and date_to in YYYY-MM-DD order', async () => {
    const link = await register({ access_mode: 'single' })
    expect((await api('POST', '/api/transactions/', {})).body).toEqual([
      belvoError('required', 'link'),
      belvoError('required', 'date_from'),
      belvoError('required', 'date_to'),
    ])
    const badDate = await api('POST', '/api/balances/', {
      link: link.id,
      date_from: '01/02/2026',
      date_to: '2026-02-03',
    })
    expect(badDate.body).toEqual([belvoError('invalid', 'date_from')])
    const reversed = await api('POST', '/api/transactions/', {
      link: link.id,
      date_from: '2026-03-01',
      date_to: '2026-02-01',
    })
    expect(reversed.body).toEqual([belvoError('invalid', 'date_to')])
    expect((await api('GET', '/api/transactions/')).body).toEqual([belvoError('required', 'link')])
    expect((await api('POST', '/api/owners/', { link: link.id, save_data: 'yes' })).status).toBe(
      400,
    )
  })

  it('save_data: false answers 200 and keeps nothing; the default answers 201 and keeps it', async () => {
    const link = await register({ access_mode: 'single' })
    const unsaved = await api('POST', '/api/owners/', { link: link.id, save_data: false })
    expect(unsaved.status).toBe(200)
    expect(
      ((await api('GET', `/api/owners/?link=${link.id}`)).body as { count: number }).count,
    ).toBe(0)
    const saved = await api('POST', '/api/owners/', { link: link.id })
    expect(saved.status).toBe(201)
    expect((await api('GET', `/api/owners/?link=${link.id}`)).body).toMatchObject({
      count: 1,
      results: saved.body,
    })
  })

  it('a fiscal link has no bank data; an unconfirmed link has none until its MFA token', async () => {
    const fiscal = await register({ institution: 'sat_mx_fiscal' })
    expect((await api('POST', '/api/accounts/', { link: fiscal.id })).body).toEqual([])
    const paused = await api('POST', '/api/links/', {
      institution: 'erebor_mx_retail',
      ...SANDBOX_CREDENTIALS.mfa,
    })
    expect(paused.status).toBe(428)
    const pending = (paused.body as Array<{ link: string }>)[0]!.link
    expect((await api('POST', '/api/accounts/', { link: pending })).body).toEqual([
      belvoError('invalid', 'link'),
    ])
  })
})
