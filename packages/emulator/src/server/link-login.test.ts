// The emulated widget's login (`POST /widget/links`) and a backend's (`POST /api/links/`) answer
// alike: one login path, over real HTTP on 127.0.0.1.
import { BELVO_MESSAGES, SANDBOX_CREDENTIALS } from '@belvo-widget/emulator'
import { describe, expect, it } from 'vitest'
import { basic, emulator, post, startEmulatorAroundFile, token } from './emulator.fixture.ts'

startEmulatorAroundFile()

const institution = 'erebor_mx_retail'

/** The same login through both doors: status and body of each. */
async function both(fields: Record<string, unknown>) {
  const viaWidget = await post('/widget/links', {
    access_token: await token(),
    institution,
    ...fields,
  })
  const viaApi = await post(
    '/api/links/',
    { institution, ...fields },
    basic(emulator.secretId, emulator.secretPassword),
  )
  return {
    widget: { status: viaWidget.status, body: await viaWidget.json() },
    api: { status: viaApi.status, body: await viaApi.json() },
  }
}

describe('one login path for the widget and the API', () => {
  it('Belvo’s own failure answers 500 unexpected_error through both', async () => {
    const { username, password } = SANDBOX_CREDENTIALS.unexpectedError
    const { widget, api } = await both({ username, password })
    for (const answer of [widget, api]) {
      expect(answer.status).toBe(500)
      expect(answer.body[0]).toMatchObject({
        code: 'unexpected_error',
        message: BELVO_MESSAGES.unexpected_error,
      })
    }
  })

  it('the institution’s refusal answers 400 with Belvo’s message through both', async () => {
    const { username, password } = SANDBOX_CREDENTIALS.invalidCredentials
    const { widget, api } = await both({ username, password })
    for (const answer of [widget, api]) {
      expect(answer.status).toBe(400)
      expect(answer.body[0]).toMatchObject({
        code: 'login_error',
        message: BELVO_MESSAGES.login_error.invalid_credentials,
      })
    }
  })

  it('a bad access_mode or external_id is refused by both, naming the field', async () => {
    const { username, password } = SANDBOX_CREDENTIALS.success
    for (const [field, value, code] of [
      ['access_mode', 'sometimes', 'invalid_choice'],
      ['external_id', 42, 'invalid'],
    ] as const) {
      const { widget, api } = await both({ username, password, [field]: value })
      for (const answer of [widget, api]) {
        expect(answer.status).toBe(400)
        expect(answer.body[0]).toMatchObject({ code, field })
      }
    }
  })

  it('an MFA login without a code (or with an empty one) asks for it through both', async () => {
    const { username, password } = SANDBOX_CREDENTIALS.mfa
    for (const fields of [{}, { token: '' }]) {
      const { widget, api } = await both({ username, password, ...fields })
      for (const answer of [widget, api]) {
        expect(answer.status).toBe(428)
        expect(answer.body[0]).toMatchObject({ code: 'token_required' })
      }
    }
  })

  it('a link made either way has the same defaults', async () => {
    const { username, password } = SANDBOX_CREDENTIALS.success
    const { widget, api } = await both({ username, password })
    expect(widget.status).toBe(201)
    expect(api.status).toBe(201)
    const defaults = {
      institution,
      access_mode: 'recurrent',
      external_id: null,
      credentials_storage: '30d',
      stale_in: '365d',
      refresh_rate: '7d',
      status: 'valid',
    }
    expect(widget.body).toMatchObject(defaults)
    expect(api.body).toMatchObject(defaults)
  })
})
