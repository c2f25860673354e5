import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { openHostedWidgetInThisTab, readHostedWidgetReturn } from './web.ts'

const callbackUrls = {
  success: `${location.origin}/connected?state=success`,
  exit: `${location.origin}/connected?state=exit`,
  event: `${location.origin}/connected?state=error`,
}
// Belvo's side, as this tab sees it: the tab leaves for the widget (a fragment navigation stands
// in for Belvo's page, which jsdom cannot load) and Belvo sends it back to a callback URL.
const leaveForBelvo = () => openHostedWidgetInThisTab(`${location.pathname}#belvo-hosted-widget`)
const arrive = (path: string) => history.replaceState(null, '', path)
const ABANDON = '/connected?state=exit&meta_data_step=abandon-survey'
const TOKEN_ERROR =
  '/connected?state=error&error=ACCESS_TOKEN_NOT_VALID&error_message=Access%20token%20expired'
// Another tab of the same browser: its own sessionStorage, the same localStorage.
const anotherTab = () => sessionStorage.clear()

beforeEach(() => {
  localStorage.clear()
  sessionStorage.clear()
  arrive('/')
})
afterEach(() => {
  vi.useRealTimers()
})

describe('readHostedWidgetReturn', () => {
  it('reads the outcome once, and takes its parameters off the address bar', () => {
    leaveForBelvo()
    arrive('/connected?state=success&link=l1&institution=erebor_br_retail#top')
    expect(readHostedWidgetReturn({ callbackUrls })).toEqual({
      type: 'success',
      link: 'l1',
      institution: 'erebor_br_retail',
    })
    expect(location.pathname + location.search + location.hash).toBe('/connected?state=success')
    // A reload finds no outcome left in the address.
    expect(readHostedWidgetReturn({ callbackUrls })).toBeUndefined()
  })

  it('the same address opened again (back/forward, history) reports nothing', () => {
    leaveForBelvo()
    arrive(ABANDON)
    expect(readHostedWidgetReturn({ callbackUrls })).toEqual({
      type: 'exit',
      metaData: { step: 'abandon-survey' },
    })
    arrive(ABANDON)
    expect(readHostedWidgetReturn({ callbackUrls })).toBeUndefined()
    arrive('/connected?state=success&link=l2&institution=i')
    expect(readHostedWidgetReturn({ callbackUrls })).toBeUndefined()
  })

  it('a second abandon in a later session, the same address, is reported again', () => {
    leaveForBelvo()
    arrive(ABANDON)
    expect(readHostedWidgetReturn({ callbackUrls })).toEqual({
      type: 'exit',
      metaData: { step: 'abandon-survey' },
    })
    arrive('/')
    leaveForBelvo()
    arrive(ABANDON)
    expect(readHostedWidgetReturn({ callbackUrls })).toEqual({
      type: 'exit',
      metaData: { step: 'abandon-survey' },
    })
  })

  it('a token error in each of two sessions is reported each time', () => {
    for (let session = 0; session < 2; session++) {
      arrive('/')
      leaveForBelvo()
      arrive(TOKEN_ERROR)
      expect(readHostedWidgetReturn({ callbackUrls })).toEqual({
        type: 'error',
        code: 'ACCESS_TOKEN_NOT_VALID',
        message: 'Access token expired',
      })
      expect(readHostedWidgetReturn({ callbackUrls })).toBeUndefined()
    }
  })

  it('a bare exit after a success, in the next session, is reported', () => {
    leaveForBelvo()
    arrive('/connected?state=success&link=l3&institution=i')
    expect(readHostedWidgetReturn({ callbackUrls })).toMatchObject({ type: 'success', link: 'l3' })
    arrive('/')
    leaveForBelvo()
    arrive('/connected?state=exit')
    expect(readHostedWidgetReturn({ callbackUrls })).toEqual({ type: 'exit' })
  })

  it('a shared return address, in a browser that never opened the widget, reports nothing', () => {
    arrive('/connected?state=success&link=l4&institution=i')
    expect(readHostedWidgetReturn({ callbackUrls })).toBeUndefined()
    arrive(ABANDON)
    expect(readHostedWidgetReturn({ callbackUrls })).toBeUndefined()
  })

  it('a return in another tab of the same browser is reported once, in that tab', () => {
    leaveForBelvo()
    anotherTab()
    arrive(ABANDON)
    expect(readHostedWidgetReturn({ callbackUrls })).toEqual({
      type: 'exit',
      metaData: { step: 'abandon-survey' },
    })
    anotherTab()
    arrive(ABANDON)
    expect(readHostedWidgetReturn({ callbackUrls })).toBeUndefined()
  })

  it("reading one tab's return leaves another tab's session waiting", () => {
    leaveForBelvo() // tab A
    const tabA = sessionStorage.getItem('belvo-widget:hosted-pending')
    vi.useFakeTimers({ now: Date.now() + 1000 })
    anotherTab()
    leaveForBelvo() // tab B
    // Tab A comes back first.
    sessionStorage.setItem('belvo-widget:hosted-pending', tabA!)
    arrive(ABANDON)
    expect(readHostedWidgetReturn({ callbackUrls })).toMatchObject({ type: 'exit' })
    // Tab B's return, wherever it lands in this browser, is still reported.
    anotherTab()
    arrive(TOKEN_ERROR)
    expect(readHostedWidgetReturn({ callbackUrls })).toMatchObject({ type: 'error' })
  })

  it('a session left more than an hour ago no longer takes a return', () => {
    vi.useFakeTimers({ now: new Date('2025-01-06T09:00:00Z') })
    leaveForBelvo()
    vi.setSystemTime(new Date('2025-01-06T10:01:00Z'))
    arrive(ABANDON)
    expect(readHostedWidgetReturn({ callbackUrls })).toBeUndefined()
  })

  it("with storage blocked, a return with Belvo's parameters is reported, and a reload is not", () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    }
    vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(blocked)
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(blocked)
    leaveForBelvo()
    arrive(ABANDON)
    expect(readHostedWidgetReturn({ callbackUrls })).toEqual({
      type: 'exit',
      metaData: { step: 'abandon-survey' },
    })
    expect(location.search).toBe('?state=exit')
    expect(readHostedWidgetReturn({ callbackUrls })).toBeUndefined()
  })

  it('a page that is not a return from the widget reports nothing and keeps its address', () => {
    leaveForBelvo()
    arrive('/connected?state=other&link=l5')
    expect(readHostedWidgetReturn({ callbackUrls })).toBeUndefined()
    expect(location.search).toBe('?state=other&link=l5')
    // The session is still waiting for its return.
    arrive(ABANDON)
    expect(readHostedWidgetReturn({ callbackUrls })).toMatchObject({ type: 'exit' })
  })
})
