import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/testing'
import { describe, expect, it, vi } from 'vitest'
import { useFreshCore } from './testing/fresh-core.ts'

const { core, emu } = useFreshCore()
const { success } = SANDBOX_CREDENTIALS

/** A token already spent on a link: Belvo's widget refuses it (`ACCESS_TOKEN_NOT_VALID`). */
const usedToken = async () => {
  const token = emu().createToken()
  const widget = core().createBelvoWidget({ token })
  await widget.open()
  await emu().user.chooseInstitution('erebor_mx_retail')
  await emu().user.login(success.username, success.password)
  return token
}

const tokenErrors = (onEvent: ReturnType<typeof vi.fn>) =>
  onEvent.mock.calls.filter(([event]) => event.meta_data?.error_code === 'ACCESS_TOKEN_NOT_VALID')

/** A controller with `retryInvalidToken` on, and its callbacks recorded. */
const retrying = (token: () => string) => {
  const onSuccess = vi.fn()
  const onEvent = vi.fn()
  const onError = vi.fn()
  const widget = core().createBelvoWidget({
    token,
    retryInvalidToken: true,
    onSuccess,
    onEvent,
    onError,
  })
  return { widget, onSuccess, onEvent, onError }
}

describe('retryInvalidToken', () => {
  it('reopens once with a fresh token after Belvo refuses a used one, and links the account', async () => {
    const used = await usedToken()
    const fresh: string[] = []
    const token = vi.fn(() => {
      if (token.mock.calls.length === 1) return used
      const next = emu().createToken()
      fresh.push(next)
      return next
    })
    const { widget, onSuccess, onEvent, onError } = retrying(token)
    await widget.open()
    await vi.waitFor(() => expect(token).toHaveBeenCalledTimes(2))
    await vi.waitFor(() => expect(widget.getSnapshot().status).toBe('open'))
    expect(tokenErrors(onEvent)).toHaveLength(1)
    expect(emu().createWidgetCalls.at(-1)!.token).toBe(fresh[0])
    await emu().user.chooseInstitution('erebor_mx_retail')
    await emu().user.login(success.username, success.password)
    expect(onSuccess).toHaveBeenCalledOnce()
    expect(onError).not.toHaveBeenCalled()
    expect(document.querySelectorAll('#belvo [role="dialog"]')).toHaveLength(0)
  })

  it('reports a second refusal as token_invalid and does not loop', async () => {
    const used = await usedToken()
    const token = vi.fn(() => used)
    const { widget, onError, onEvent } = retrying(token)
    await widget.open()
    await vi.waitFor(() => expect(onError).toHaveBeenCalledOnce())
    expect(onError.mock.calls[0]![0]).toMatchObject({
      code: 'token_invalid',
      message: expect.stringMatching(/^Belvo refused the token: /),
    })
    expect(token).toHaveBeenCalledTimes(2)
    expect(tokenErrors(onEvent)).toHaveLength(2)
    expect(widget.getSnapshot()).toMatchObject({ status: 'error' })
    expect(document.getElementById('belvo')).toBeNull()
    // Nothing more happens afterwards.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(token).toHaveBeenCalledTimes(2)
  })

  it('a token that expires while the user is in the widget: reopens with a fresh one', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      const token = vi.fn(() => emu().createToken())
      const { widget, onSuccess, onEvent } = retrying(token)
      await widget.open()
      await emu().user.chooseInstitution('erebor_mx_retail')
      // The user leaves the tab for 11 minutes; Belvo's tokens live 10.
      vi.setSystemTime(Date.now() + 11 * 60_000)
      await emu()
        .user.login(success.username, success.password)
        .catch(() => {})
      await vi.waitFor(() => expect(token).toHaveBeenCalledTimes(2))
      expect(tokenErrors(onEvent)).toHaveLength(1)
      await vi.waitFor(() => expect(widget.getSnapshot().status).toBe('open'))
      await emu().user.chooseInstitution('erebor_mx_retail')
      await emu().user.login(success.username, success.password)
      expect(onSuccess).toHaveBeenCalledOnce()
    } finally {
      vi.useRealTimers()
    }
  })

  it('a token route that hands out expired tokens (a server clock behind): Belvo refuses, the retry links', async () => {
    // Core asks again once for an expired token, then passes the second to Belvo as it is (the
    // device's clock may be the wrong one); the emulator refuses it, as Belvo does.
    const expired: string[] = []
    const token = vi.fn(() => {
      if (token.mock.calls.length > 2) return emu().createToken()
      const next = emu().createToken({ expiresInSeconds: -60 })
      expired.push(next)
      return next
    })
    const { widget, onSuccess, onEvent, onError } = retrying(token)
    await widget.open()
    await vi.waitFor(() => expect(token).toHaveBeenCalledTimes(3))
    await vi.waitFor(() => expect(widget.getSnapshot().status).toBe('open'))
    expect(emu().createWidgetCalls.map((call) => call.token)).toEqual([
      expired[1],
      token.mock.results[2]!.value,
    ])
    expect(tokenErrors(onEvent)).toHaveLength(1)
    await emu().user.chooseInstitution('erebor_mx_retail')
    await emu().user.login(success.username, success.password)
    expect(onSuccess).toHaveBeenCalledOnce()
    expect(onError).not.toHaveBeenCalled()
  })

  it('with a string token, which cannot be refreshed, reports token_invalid at once', async () => {
    const used = await usedToken()
    const onError = vi.fn()
    const widget = core().createBelvoWidget({ token: used, retryInvalidToken: true, onError })
    await widget.open()
    await vi.waitFor(() => expect(onError).toHaveBeenCalledOnce())
    expect(onError.mock.calls[0]![0].code).toBe('token_invalid')
    expect(emu().createWidgetCalls.filter((call) => call.token === used)).toHaveLength(2)
  })

  it('is off by default: the widget shows Belvo’s token error screen and reports the event only', async () => {
    const used = await usedToken()
    const onEvent = vi.fn()
    const onError = vi.fn()
    const widget = core().createBelvoWidget({ token: () => used, onEvent, onError })
    await widget.open()
    await vi.waitFor(() => expect(tokenErrors(onEvent)).toHaveLength(1))
    expect(widget.getSnapshot().status).toBe('open')
    expect(onError).not.toHaveBeenCalled()
  })
})
