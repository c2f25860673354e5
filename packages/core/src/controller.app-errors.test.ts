import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { success, useControllerFixture } from './testing/controller-fixture.ts'

const { core, emu, setup } = useControllerFixture()

// What an app's throwing callback becomes: an error thrown again from a timer of its own, which a
// browser reports to the page's `error` event (and an error tracker). Here the timers run it and
// keep what it threw.
let reported: unknown[] = []
beforeEach(() => {
  reported = []
  const timer = globalThis.setTimeout
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) =>
    timer(() => {
      try {
        fn()
      } catch (error) {
        reported.push(error)
      }
    }, ms)) as typeof setTimeout)
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
})
const settled = () => new Promise((resolve) => setTimeout(resolve, 10))
const bug = (where: string) => () => {
  throw new Error(`app bug in ${where}`)
}

describe("createBelvoWidget: the app's own errors", () => {
  it('a subscriber that throws on success: onSuccess still gets the link id', async () => {
    const onSuccess = vi.fn()
    const { widget } = setup({ onSuccess })
    widget.subscribe((state) => state.status === 'success' && bug('render')())
    await widget.open()
    await emu().user.chooseInstitution('erebor_mx_retail')
    await emu().user.login(success.username, success.password)
    await settled()
    expect(onSuccess).toHaveBeenCalledExactlyOnceWith(expect.any(String), 'erebor_mx_retail')
    expect(widget.getSnapshot().status).toBe('success')
    expect(reported).toEqual([new Error('app bug in render')])
  })

  it('an onEvent that throws does not stop retryInvalidToken', async () => {
    const refused = emu().createToken({ scopes: [] })
    const fresh = emu().createToken()
    const token = vi.fn().mockReturnValueOnce(refused).mockReturnValue(fresh)
    const { widget } = setup({ token, retryInvalidToken: true, onEvent: bug('onEvent') })
    await widget.open()
    await vi.waitFor(() => expect(emu().createWidgetCalls).toHaveLength(2))
    expect(emu().createWidgetCalls.map((call) => call.token)).toEqual([refused, fresh])
    await vi.waitFor(() => expect(widget.getSnapshot().status).toBe('open'))
    expect(reported.length).toBeGreaterThan(0)
  })

  it('an onError that throws: open() still resolves, with the error in the state', async () => {
    const { widget } = setup({
      token: () => Promise.reject(new Error('route down')),
      onError: bug('onError'),
    })
    await expect(widget.open()).resolves.toBeUndefined()
    expect(widget.getSnapshot()).toMatchObject({ status: 'error', error: { code: 'token_failed' } })
    await settled()
    expect(reported).toEqual([new Error('app bug in onError')])
  })

  it("an onExit that throws while a second widget takes over: the second opens, the page's style comes back", async () => {
    const first = core().createBelvoWidget({
      token: () => emu().createToken(),
      onExit: bug('onExit'),
    })
    const second = core().createBelvoWidget({ token: () => emu().createToken() })
    await first.open()
    await second.open()
    expect(first.getSnapshot().status).toBe('exit')
    expect(second.getSnapshot().status).toBe('open')
    expect(document.querySelectorAll('#belvo')).toHaveLength(1)
    second.close()
    expect(document.getElementById('belvo')).toBeNull()
    expect(document.body.getAttribute('style')).toBeNull()
    await settled()
    expect(reported).toEqual([new Error('app bug in onExit')])
  })
})

describe('createBelvoWidget: a device clock that is wrong', () => {
  it('15 minutes ahead: a fresh token from the function still opens the widget', async () => {
    const issued = emu().createToken()
    const token = vi.fn(() => issued)
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.now() + 15 * 60_000)
    const { widget } = setup({ token })
    await widget.open()
    // Asked again once, as for any token that looks expired; then Belvo decides.
    expect(token).toHaveBeenCalledTimes(2)
    expect(widget.getSnapshot().status).toBe('open')
    expect(emu().createWidgetCalls[0]!.token).toBe(issued)
  })
})
