import { validateConfig } from '@belvo-widget/core/config'
import { describe, expect, it } from 'vitest'
import { TOKEN_REQUESTS } from '../../../fixtures/belvo-docs.ts'
import { BelvoServerError } from './errors.ts'
import type { WidgetTokenRequest } from './types.ts'
import { validateTokenRequest } from './validate.ts'

// Belvo's OFDA example payload (the business one, with the sandbox CNPJ), keys left out.
const { id: _id, password: _password, ...ofdaExample } = TOKEN_REQUESTS[1]!.example

function fieldOf(request: unknown): string | undefined {
  try {
    validateTokenRequest(request as WidgetTokenRequest)
  } catch (error) {
    expect(error).toBeInstanceOf(BelvoServerError)
    const e = error as BelvoServerError
    expect(e.code).toBe('invalid_request')
    expect(e.status).toBe(400)
    expect(e.message).toContain(e.field)
    return e.field
  }
  return undefined
}

const withConsent = (consent: object) => ({ widget: { consent } })

describe('validateTokenRequest', () => {
  it("accepts Belvo's documented OFDA payload and a multi-region one", () => {
    expect(fieldOf(ofdaExample)).toBeUndefined()
    expect(
      fieldOf({ scopes: ['read_institutions', 'write_links'], stale_in: '90d' }),
    ).toBeUndefined()
  })

  it.each([
    ['a purpose over 600 characters', { widget: { purpose: 'x'.repeat(601) } }, 'widget.purpose'],
    [
      'a consent purpose over 600 characters',
      withConsent({ purpose: 'é'.repeat(601) }),
      'widget.consent.purpose',
    ],
    [
      'an http terms URL',
      withConsent({ terms_and_conditions_url: 'http://example.com/terms' }),
      'widget.consent.terms_and_conditions_url',
    ],
    [
      'a terms value that is no URL',
      withConsent({ terms_and_conditions_url: 'terms.html' }),
      'widget.consent.terms_and_conditions_url',
    ],
    [
      'a CPF with a wrong check digit',
      withConsent({ identification_info: [{ type: 'CPF', number: '76109277674', name: 'R' }] }),
      'widget.consent.identification_info[0].number',
    ],
    [
      'a CNPJ with a wrong check digit',
      withConsent({
        identification_info: [
          { type: 'CPF', number: '76109277673', name: 'R' },
          { type: 'CNPJ', number: '11222333000182', name: 'Co' },
        ],
      }),
      'widget.consent.identification_info[1].number',
    ],
    [
      'an unknown document type',
      withConsent({ identification_info: [{ type: 'RG', number: '1', name: 'R' }] }),
      'widget.consent.identification_info[0].type',
    ],
    [
      'an unknown permission',
      withConsent({ permissions: ['ACCOUNTS', 'EVERYTHING'] }),
      'widget.consent.permissions[1]',
    ],
    ['stale_in without a unit', { stale_in: '90' }, 'stale_in'],
    ['stale_in in months', { stale_in: '3m' }, 'stale_in'],
    [
      'an unknown fetch resource',
      { fetch_resources: ['ACCOUNTS', 'PASSWORDS'] },
      'fetch_resources[1]',
    ],
    ['fetch_resources as a string', { fetch_resources: 'ACCOUNTS' }, 'fetch_resources'],
    ['a short external_id', { external_id: 'ab' }, 'external_id'],
    ['an external_id with an e-mail', { external_id: 'ana@example.com' }, 'external_id'],
    ['a link_id that is no UUID', { link_id: '../../admin' }, 'link_id'],
    ['a scope with spaces', { scopes: 'read_institutions, write_links' }, 'scopes'],
    [
      'an overlay colour that is no #RRGGBB',
      { widget: { branding: { overlay_background_color: 'red' } } },
      'widget.branding.overlay_background_color',
    ],
    [
      'an http logo',
      { widget: { branding: { company_logo: 'http://cdn.example.com/logo.svg' } } },
      'widget.branding.company_logo',
    ],
    ['an unknown colour scheme', { widget: { color_scheme: 'BLUE' } }, 'widget.color_scheme'],
    [
      'an unknown openfinance_feature',
      { widget: { openfinance_feature: 'payments' } },
      'widget.openfinance_feature',
    ],
    [
      'a callback that is no URL',
      { widget: { callback_urls: { success: 'not a url' } } },
      'widget.callback_urls.success',
    ],
    [
      "a callback scheme with _ (as in Belvo's OFDA example)",
      { widget: { callback_urls: { exit: 'your_deeplink_here://exit' } } },
      'widget.callback_urls.exit',
    ],
    [
      'a callback URL with a #fragment',
      { widget: { callback_urls: { event: 'myapp://error#x' } } },
      'widget.callback_urls.event',
    ],
    [
      'credentials_storage of an unknown kind',
      { credentials_storage: 'forever' },
      'credentials_storage',
    ],
  ])('rejects %s, naming the field', (_, request, field) => {
    expect(fieldOf(request)).toBe(field)
  })

  it('says how to fix a callback scheme with _', () => {
    expect(() =>
      validateTokenRequest({
        widget: { callback_urls: { success: 'your_deeplink_here://success' } },
      }),
    ).toThrow(
      /^widget\.callback_urls\.success: "your_deeplink_here:\/\/success" has "_" in its scheme.*"your-deeplink-here:\/\/success"/,
    )
  })

  it('accepts callback URLs that differ only in the query', () => {
    const callback_urls = {
      success: 'https://app.example/connect?state=success',
      exit: 'https://app.example/connect?state=exit',
      event: 'https://app.example/connect?state=error',
    }
    expect(fieldOf({ widget: { callback_urls } })).toBeUndefined()
  })

  it('accepts a purpose of exactly 600 characters', () => {
    expect(fieldOf({ widget: { purpose: 'x'.repeat(600) } })).toBeUndefined()
  })
})

describe('external_id, by the same rule as core', () => {
  const serverMessage = (id: string) => {
    try {
      validateTokenRequest({ external_id: id })
    } catch (error) {
      return (error as BelvoServerError).message
    }
  }
  const coreMessage = (id: string) => {
    try {
      validateConfig({ external_id: id })
    } catch (error) {
      return (error as Error).message
    }
  }

  it.each(['user_42', 'ab', 'ana@example.com', 'a b c', 'Ünïcode'])(
    '%s: refused by both or by neither, in the same words, without repeating the value',
    (id) => {
      const server = serverMessage(id)
      const core = coreMessage(id)
      expect(server === undefined).toBe(core === undefined)
      if (server && core) {
        expect(server).toBe(`external_id: ${core.replace(/^external_id /, '')}`)
        expect(server).not.toContain(id)
      }
    },
  )
})
