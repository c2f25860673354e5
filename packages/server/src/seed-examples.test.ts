// Every token request printed in Belvo's pages (fixtures/belvo-docs.ts) through this package:
// validated as it is, then sent by the flow it belongs to (OFDA for the Brazil page,
// multi-region otherwise) to the emulator, which hands out a token the widget accepts.
import { type RunningEmulator, startEmulator } from '@belvo-widget/emulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SEEDS, TOKEN_REQUESTS } from '../../../fixtures/belvo-docs.ts'
import { createWidgetToken } from './create-widget-token.ts'
import { BelvoServerError } from './errors.ts'
import { multiRegion, ofda } from './flows.ts'
import { emulatorAcceptsToken, SECRET_ID, SECRET_PASSWORD } from './test/emulator.ts'
import type { WidgetTokenRequest } from './types.ts'
import { BELVO_SANDBOX_IDENTITIES, validateTokenRequest } from './validate.ts'

let emulator: RunningEmulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true })
})
afterAll(async () => {
  await emulator?.close()
})

const OFDA_BASE = TOKEN_REQUESTS[0]!.example
// Fragments (a `widget` or `consent` object alone) are sent inside the page's first OFDA body.
const asRequest = ({ example }: (typeof TOKEN_REQUESTS)[number]): WidgetTokenRequest => {
  const { id: _id, password: _password, ...rest } = example
  if ('scopes' in rest) return rest as WidgetTokenRequest
  const widget = (rest.widget ?? rest) as Record<string, unknown>
  // …without its callback URLs, which are refused (see below) and are not what a fragment shows.
  const { callback_urls: _urls, ...base } = OFDA_BASE.widget as {
    consent: object
    callback_urls?: object
  }
  return {
    ...(OFDA_BASE as WidgetTokenRequest),
    id: undefined,
    password: undefined,
    widget: { ...base, ...widget, consent: { ...base.consent, ...(widget.consent as object) } },
  } as unknown as WidgetTokenRequest
}

// Belvo's first OFDA example names its callback URLs `your_deeplink_here://…`: no URL may have
// `_` in its scheme, so a browser never delivers those redirects. It is refused, saying the fix.
const underscore = (e: (typeof TOKEN_REQUESTS)[number]) =>
  JSON.stringify(e.example).includes('your_deeplink_here://')
const all = TOKEN_REQUESTS.map((e) => [`${e.name} (${SEEDS[e.seed]})`, e, asRequest(e)] as const)
const cases = all.filter(([, e]) => !underscore(e))
const refused = all.filter(([, e]) => underscore(e))

describe("Belvo's token requests", () => {
  it.each(cases)('%s: valid for the sandbox', (_, _e, request) => {
    expect(() => validateTokenRequest(request)).not.toThrow()
    expect(() => validateTokenRequest(request, { environment: 'sandbox' })).not.toThrow()
  })

  it.each(cases)('%s: its flow gets a token the widget accepts', async (_, example, request) => {
    const {
      widget,
      scopes: _scopes,
      ...rest
    } = request as WidgetTokenRequest & {
      widget?: { consent?: { terms_and_conditions_url?: string } }
    }
    const flow =
      example.seed === '000'
        ? ofda({ termsAndConditionsUrl: widget!.consent!.terms_and_conditions_url! })
        : multiRegion()
    const { access } = await createWidgetToken({
      environment: emulator.url,
      secretId: SECRET_ID,
      secretPassword: SECRET_PASSWORD,
      flow,
      request: { ...rest, ...(widget && { widget }) } as WidgetTokenRequest,
    })
    expect((await emulatorAcceptsToken(emulator.url, access)).ok).toBe(true)
  })
})

describe("Belvo's token requests with _ in the callback scheme", () => {
  it('there is one', () => {
    expect(refused.length).toBeGreaterThan(0)
  })

  it.each(refused)('%s: refused, naming the field and the fix', (_, _e, request) => {
    expect(() => validateTokenRequest(request)).toThrow(
      expect.objectContaining({
        code: 'invalid_request',
        field: 'widget.callback_urls.success',
        message: expect.stringContaining('use a scheme such as "your-deeplink-here"'),
      }),
    )
  })
})

describe("Belvo's sandbox identities", () => {
  const withId = (type: 'CPF' | 'CNPJ', number: string): WidgetTokenRequest => ({
    widget: { consent: { identification_info: [{ type, number, name: 'Test' }] } },
  })
  const field = (request: WidgetTokenRequest, environment?: string) => {
    try {
      validateTokenRequest(request, { environment })
    } catch (error) {
      expect(error).toBeInstanceOf(BelvoServerError)
      return (error as BelvoServerError).field
    }
    return undefined
  }

  it('pass outside production, formatted or not, though the CNPJ’s check digits do not match', () => {
    for (const { type, number } of BELVO_SANDBOX_IDENTITIES) {
      expect(field(withId(type, number))).toBeUndefined()
      expect(field(withId(type, number), emulator.url)).toBeUndefined()
    }
    expect(field(withId('CNPJ', '50.685.362/0067-73'))).toBeUndefined()
  })

  it('a wrong check digit still fails everywhere; production refuses the sandbox CNPJ', () => {
    const at = 'widget.consent.identification_info[0].number'
    expect(field(withId('CNPJ', '50685362006774'))).toBe(at)
    expect(field(withId('CPF', '76109277674'))).toBe(at)
    expect(field(withId('CNPJ', '50685362006773'), 'production')).toBe(at)
    expect(field(withId('CNPJ', '50685362006773'), 'https://api.belvo.com')).toBe(at)
    // The sandbox CPF has matching check digits, so production takes it too.
    expect(field(withId('CPF', '76109277673'), 'production')).toBeUndefined()
  })

  it('the ofda() flow takes the page’s business example in the sandbox, not in production', async () => {
    const request: WidgetTokenRequest = {
      widget: {
        consent: {
          identification_info: [
            { type: 'CPF', number: '76109277673', name: 'Ralph Bragg' },
            { type: 'CNPJ', number: '50685362006773', name: 'Belvo OF test' },
          ],
        },
      },
    }
    const flow = ofda({ termsAndConditionsUrl: 'https://www.belvo.com' })
    const options = { secretId: SECRET_ID, secretPassword: SECRET_PASSWORD, flow, request }
    const { access } = await createWidgetToken({ ...options, environment: emulator.url })
    expect((await emulatorAcceptsToken(emulator.url, access)).ok).toBe(true)
    await expect(
      createWidgetToken({ ...options, environment: 'production' }),
    ).rejects.toMatchObject({
      code: 'invalid_request',
      field: 'widget.consent.identification_info[1].number',
    })
  })
})
