import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/testing'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { validateConfig } from './config.ts'
import { useFreshCore } from './testing/fresh-core.ts'

const { core, emu } = useFreshCore()
const { success } = SANDBOX_CREDENTIALS

afterEach(() => {
  vi.unstubAllEnvs()
})

const linkAccount = async () => {
  await emu().user.chooseInstitution('erebor_mx_retail')
  await emu().user.login(success.username, success.password)
}

describe("Belvo's own config keys", () => {
  it("calls Belvo's `callback` key as written in Belvo's snippet, with the link and institution", async () => {
    const callback = vi.fn()
    const widget = core().createBelvoWidget({ token: () => emu().createToken(), callback })
    await widget.open()
    await linkAccount()
    expect(callback).toHaveBeenCalledOnce()
    expect(callback).toHaveBeenCalledWith(widget.getSnapshot().link, 'erebor_mx_retail')
    expect(widget.getSnapshot().status).toBe('success')
  })

  it('refuses callback and onSuccess together, before any request', async () => {
    const token = vi.fn(() => emu().createToken())
    const onError = vi.fn()
    const widget = core().createBelvoWidget({
      token,
      callback: () => {},
      onSuccess: () => {},
      onError,
    })
    await widget.open()
    expect(onError.mock.calls[0]![0]).toMatchObject({
      code: 'invalid_config',
      message: expect.stringMatching(/callback is Belvo's name for onSuccess/),
    })
    expect(token).not.toHaveBeenCalled()
    expect(emu().scriptRequests).toBe(0)
  })
})

describe('unknown keys', () => {
  it('are an invalid_config error in development, naming the key and the closest known one', async () => {
    const onError = vi.fn()
    const token = vi.fn(() => emu().createToken())
    // As JavaScript (or an `any`) would pass it.
    const options: Record<string, unknown> = { token, onError, instituion_types: ['retail'] }
    await core().createBelvoWidget(options).open()
    expect(onError).toHaveBeenCalledOnce()
    const error = onError.mock.calls[0]![0]
    expect(error.code).toBe('invalid_config')
    expect(error.message).toMatch(
      /^instituion_types is not a key .*did you mean institution_types\?/,
    )
    expect(token).not.toHaveBeenCalled()
    expect(document.getElementById('belvo')).toBeNull()
  })

  it.each([
    ['onSucess', 'onSuccess'],
    ['countryCodes', 'country_codes'],
    ['timeout', 'timeoutMs'],
    ['toString', undefined],
  ])('%s is refused in development (closest: %s)', (key, near) => {
    const check = () => validateConfig({ [key]: 'x' } as object)
    expect(check).toThrow(near ? `did you mean ${near}?` : /is not a key of Belvo's startup config/)
  })

  it('reach Belvo unchanged in production, while core keeps its own keys to itself', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    const options: Record<string, unknown> = {
      token: () => emu().createToken(),
      locale: 'en',
      a_key_belvo_added_later: 'on',
      nonce: 'n',
      onError: () => {},
    }
    await core().createBelvoWidget(options).open()
    const config = emu().createWidgetCalls[0]!.config as Record<string, unknown>
    expect(config).toMatchObject({ locale: 'en', a_key_belvo_added_later: 'on' })
    expect(config).not.toHaveProperty('nonce')
    expect(config).not.toHaveProperty('onError')
    expect(config).not.toHaveProperty('token')
  })
})
