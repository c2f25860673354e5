// Belvo's official Node client (npm `belvo`) against the emulator: keys, widget tokens,
// institutions and links.
import { describe, expect, it, vi } from 'vitest'
import { SANDBOX_MFA_TOKEN } from '../index.ts'
import {
  Client,
  claims,
  client,
  connectAroundFile,
  emulator,
  institutionDown,
  invalidCredentials,
  type Json,
  mfa,
  rejection,
  success,
} from './official-client.fixture.ts'

connectAroundFile()

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
})
