// Belvo's official Node client (npm `belvo`) running a backend's calls against the emulator
// on 127.0.0.1: what it sends is what a real integration sends.
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  type RunningEmulator,
  SANDBOX_CREDENTIALS,
  SANDBOX_MFA_TOKEN,
  startEmulator,
} from '../index.ts'

// biome-ignore lint/suspicious/noExplicitAny: the client is untyped; its answers are JSON.
type Json = Record<string, any>
interface ListOptions {
  limit?: number
  filters?: Record<string, string>
}
interface BelvoClient {
  connect(): Promise<void>
  widgetToken: {
    create(options?: { scopes?: string; link?: string; widget?: Json }): Promise<Json>
  }
  institutions: {
    list(options?: ListOptions): Promise<Json[]>
    detail(id: string | number): Promise<Json>
  }
  links: {
    register(institution: string, username: string, password: string, options?: Json): Promise<Json>
    resume(session: string, token: string, link?: string): Promise<Json>
    token(id: string, scopes: string): Promise<Json>
    list(options?: ListOptions): Promise<Json[]>
    detail(id: string): Promise<Json>
    delete(id: string): Promise<boolean>
  }
  accounts: {
    retrieve(link: string, options?: Json): Promise<Json[]>
    list(options?: ListOptions): Promise<Json[]>
    detail(id: string): Promise<Json>
  }
  transactions: {
    retrieve(link: string, dateFrom: string, options?: Json): Promise<Json[]>
    list(options?: ListOptions): Promise<Json[]>
    detail(id: string): Promise<Json>
  }
  owners: {
    retrieve(link: string, options?: Json): Promise<Json[]>
    list(options?: ListOptions): Promise<Json[]>
    detail(id: string): Promise<Json>
  }
  balances: {
    retrieve(link: string, dateFrom: string, options?: Json): Promise<Json[]>
    list(options?: ListOptions): Promise<Json[]>
    detail(id: string): Promise<Json>
  }
}
type ClientClass = new (id: string, password: string, url: string) => BelvoClient

// The package is CommonJS without types; it is loaded as a backend would load it.
const { default: Client } = createRequire(import.meta.url)('belvo') as { default: ClientClass }

let emulator: RunningEmulator
let client: BelvoClient

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true })
  client = new Client(emulator.secretId, emulator.secretPassword, emulator.url)
  await client.connect()
})
afterAll(() => emulator.close())

const claims = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8'))
const { success, mfa, invalidCredentials, institutionDown } = SANDBOX_CREDENTIALS
const today = new Date().toISOString().slice(0, 10)
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)

async function rejection(
  promise: Promise<unknown>,
): Promise<{ statusCode: number; detail: Json[] }> {
  try {
    await promise
  } catch (error) {
    return error as { statusCode: number; detail: Json[] }
  }
  throw new Error('expected the call to fail')
}

describe("Belvo's official Node client against the emulator", () => {
  it('connect() logs in with the secret keys; wrong keys are refused', async () => {
    // The client logs the refusal itself before answering "Login failed.".
    const logged = vi.spyOn(console, 'log').mockImplementation(() => {})
    await expect(new Client(emulator.secretId, 'wrong', emulator.url).connect()).rejects.toThrow(
      'Login failed.',
    )
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ statusCode: 401 }))
  })

  it('widgetToken.create(): plain, branded, and update mode for a link', async () => {
    const plain = await client.widgetToken.create()
    expect(Object.keys(plain).sort()).toEqual(['access', 'refresh'])
    expect(claims(plain.access).scopes).toEqual(['read_institutions', 'write_links'])

    const branded = await client.widgetToken.create({
      widget: { branding: { company_name: 'ACME', overlay_background_color: '#112233' } },
    })
    const session = await fetch(`${emulator.url}/widget/session`, {
      method: 'POST',
      body: JSON.stringify({ access_token: branded.access }),
    })
    expect(await session.json()).toMatchObject({ branding: { company_name: 'ACME' } })

    const link = await client.links.register('erebor_br_retail', success.username, success.password)
    for (const update of [
      await client.widgetToken.create({
        link: link.id,
        scopes: 'read_institutions,write_links,read_links',
      }),
      await client.links.token(link.id, 'read_institutions,write_links,read_links'),
    ]) {
      const res = await fetch(`${emulator.url}/widget/session`, {
        method: 'POST',
        body: JSON.stringify({ access_token: update.access }),
      })
      expect(await res.json()).toMatchObject({
        update_link: { id: link.id, institution: 'erebor_br_retail' },
      })
    }
  })

  it('institutions.list() pages through every institution, with filters', async () => {
    const all = await client.institutions.list()
    expect(all.map((i) => i.name)).toContain('erebor_mx_retail')
    expect(all[0]).toMatchObject({
      id: 1,
      name: 'erebor_mx_retail',
      type: 'bank',
      display_name: 'Erebor México',
      country_codes: ['MX'],
      integration_type: 'credentials',
      status: 'healthy',
      form_fields: expect.arrayContaining([expect.objectContaining({ name: 'username' })]),
      resources: expect.arrayContaining(['ACCOUNTS', 'TRANSACTIONS']),
    })
    // A limit under 100 asks for that page size; the client follows `next` for the rest.
    const paged = await client.institutions.list({ limit: 7 })
    expect(paged.map((i) => i.id)).toEqual(all.slice(0, 7).map((i) => i.id))
    const fiscalCo = await client.institutions.list({
      filters: { country_code: 'CO', type: 'fiscal' },
    })
    expect(fiscalCo.map((i) => i.name)).toEqual(['dian_co_fiscal'])
    expect((await client.institutions.detail(1)).name).toBe('erebor_mx_retail')
  })

  it('links.register(): 201 with the link; login errors as Belvo errors', async () => {
    const link = await client.links.register(
      'erebor_mx_retail',
      success.username,
      success.password,
      {
        externalId: 'customer-42',
        accessMode: 'single',
      },
    )
    expect(link).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      institution: 'erebor_mx_retail',
      access_mode: 'single',
      status: 'valid',
      external_id: 'customer-42',
      refresh_rate: null,
    })
    const refused = await rejection(
      client.links.register(
        'erebor_mx_retail',
        invalidCredentials.username,
        invalidCredentials.password,
      ),
    )
    expect(refused.statusCode).toBe(400)
    expect(refused.detail).toEqual([
      {
        request_id: expect.stringMatching(/^[0-9a-f]{32}$/),
        code: 'login_error',
        message: invalidCredentials.outcome.message,
      },
    ])
    const down = await rejection(
      client.links.register('erebor_mx_retail', institutionDown.username, institutionDown.password),
    )
    expect(down.detail[0]).toMatchObject({ code: 'institution_down' })
    const unknown = await rejection(
      client.links.register('nowhere_mx', success.username, success.password),
    )
    expect(unknown.detail[0]).toMatchObject({ code: 'does_not_exist', field: 'institution' })
  })

  it('links.register() with MFA: 428 token_required with a session, then links.resume()', async () => {
    const paused = await rejection(
      client.links.register('gotham_mx_business', mfa.username, mfa.password),
    )
    expect(paused.statusCode).toBe(428)
    const [error] = paused.detail
    expect(error).toMatchObject({
      code: 'token_required',
      message: 'A MFA token is required by the institution to login',
      session: expect.stringMatching(/^[0-9a-f]{32}$/),
      expiry: expect.any(Number),
      link: expect.any(String),
      token_generation_data: expect.objectContaining({ expects_user_input: true }),
    })
    expect((await client.links.detail(error!.link)).status).toBe('unconfirmed')

    const wrong = await rejection(client.links.resume(error!.session, '000000', error!.link))
    expect(wrong.statusCode).toBe(400)
    const link = await client.links.resume(error!.session, SANDBOX_MFA_TOKEN, error!.link)
    expect(link).toMatchObject({ id: error!.link, status: 'valid' })
    const spent = await rejection(
      client.links.resume(error!.session, SANDBOX_MFA_TOKEN, error!.link),
    )
    expect(spent.detail[0]).toMatchObject({ code: 'session_expired' })

    // The token can also come with the registration itself.
    const direct = await client.links.register('gotham_mx_business', mfa.username, mfa.password, {
      token: SANDBOX_MFA_TOKEN,
    })
    expect(direct.status).toBe('valid')
  })

  it('links.list(), links.detail() and links.delete(), one store with the widget', async () => {
    const viaApi = await client.links.register(
      'erebor_co_retail',
      success.username,
      success.password,
      {
        externalId: 'list-me',
      },
    )
    // A link made by the emulated widget is the same kind of link.
    const { access } = await client.widgetToken.create()
    const created = await fetch(`${emulator.url}/widget/links`, {
      method: 'POST',
      body: JSON.stringify({ access_token: access, institution: 'gotham_co_business', ...success }),
    })
    const viaWidget = (await created.json()) as Json

    const all = await client.links.list()
    expect(all.map((l) => l.id)).toEqual(expect.arrayContaining([viaApi.id, viaWidget.id]))
    expect(await client.links.list({ filters: { external_id: 'list-me' } })).toEqual([viaApi])
    expect(await client.links.list({ filters: { institution: 'gotham_co_business' } })).toEqual([
      expect.objectContaining({ id: viaWidget.id }),
    ])
    expect(await client.links.detail(viaWidget.id)).toEqual(viaWidget)
    expect((await client.accounts.retrieve(viaWidget.id)).length).toBe(3)

    expect(await client.links.delete(viaWidget.id)).toBe(true)
    expect(await client.links.delete(viaWidget.id)).toBe(false)
    expect((await rejection(client.links.detail(viaWidget.id))).statusCode).toBe(404)
    expect((await rejection(client.accounts.retrieve(viaWidget.id))).statusCode).toBe(404)
  })

  it('accounts, owners, transactions and balances: retrieve, list and detail', async () => {
    const link = await client.links.register(
      'erebor_mx_retail',
      success.username,
      success.password,
      {
        accessMode: 'single',
      },
    )
    // A single link without fetch_resources has nothing saved until it is retrieved.
    expect(await client.accounts.list({ filters: { link: link.id } })).toEqual([])

    const accounts = await client.accounts.retrieve(link.id)
    expect(accounts).toHaveLength(3)
    expect(accounts[0]).toMatchObject({
      link: link.id,
      currency: 'MXN',
      balance: { current: expect.any(Number) },
    })
    expect(await client.accounts.retrieve(link.id, { saveData: false })).toEqual(accounts)
    expect(await client.accounts.list({ filters: { link: link.id } })).toEqual(accounts)
    expect(await client.accounts.detail(accounts[0]!.id)).toEqual(accounts[0])

    const owners = await client.owners.retrieve(link.id)
    expect(owners).toEqual([
      expect.objectContaining({
        link: link.id,
        display_name: expect.any(String),
        document_id: expect.objectContaining({ document_type: 'CURP' }),
      }),
    ])
    expect(await client.owners.list({ filters: { link: link.id } })).toEqual(owners)
    expect(await client.owners.detail(owners[0]!.id)).toEqual(owners[0])

    const from = daysAgo(200)
    const transactions = await client.transactions.retrieve(link.id, from)
    // More than one page of 100, so listing them exercises `next`.
    expect(transactions.length).toBeGreaterThan(100)
    for (const t of transactions) {
      expect(t.value_date >= from && t.value_date <= today).toBe(true)
      expect(t).toMatchObject({
        account: expect.objectContaining({ link: link.id }),
        amount: expect.any(Number),
        type: expect.stringMatching(/^(INFLOW|OUTFLOW)$/),
        status: 'PROCESSED',
        currency: 'MXN',
      })
    }
    // The last transaction of each account leaves its current balance.
    for (const account of accounts) {
      const own = transactions.filter((t) => t.account.id === account.id)
      if (own.length) expect(own.at(-1)!.balance).toBe(account.balance.current)
    }
    expect(await client.transactions.retrieve(link.id, from, { dateTo: today })).toEqual(
      transactions,
    )
    // The client follows `next` until its limit.
    const listed = await client.transactions.list({ limit: 1000, filters: { link: link.id } })
    expect(listed).toEqual(transactions)
    expect(await client.transactions.list({ filters: { link: link.id } })).toHaveLength(
      Math.min(100, transactions.length),
    )
    expect(await client.transactions.detail(transactions[5]!.id)).toEqual(transactions[5])

    const checking = accounts[0]!.id
    const balances = await client.balances.retrieve(link.id, daysAgo(6), { account: checking })
    expect(balances).toHaveLength(7)
    expect(balances.at(-1)).toMatchObject({
      account: { id: checking },
      value_date: today,
      balance: accounts[0]!.balance.current,
    })
    expect(await client.balances.list({ filters: { link: link.id } })).toEqual(balances)
    expect(await client.balances.detail(balances[0]!.id)).toEqual(balances[0])
  })

  it('a list longer than the largest page: the client follows `next`', async () => {
    const link = await client.links.register('erebor_mx_retail', success.username, success.password)
    // A year of daily balances for three accounts: more than 1000.
    const year = await client.balances.retrieve(link.id, daysAgo(364))
    expect(year.length).toBeGreaterThan(1000)
    // Asking for 1500 sets page_size=1500; pages stop at 1000, so the rest comes from `next`.
    const listed = await client.balances.list({ limit: 1500, filters: { link: link.id } })
    expect(listed).toEqual(year)
  })

  it('the same link always gives the same data', async () => {
    const link = await client.links.register('erebor_br_retail', success.username, success.password)
    const first = await client.transactions.retrieve(link.id, daysAgo(30), { saveData: false })
    const again = await client.transactions.retrieve(link.id, daysAgo(30), { saveData: false })
    expect(again).toEqual(first)
    expect(first[0]).toMatchObject({ currency: 'BRL' })
  })
})
