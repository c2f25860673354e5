import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { BelvoSdk } from './types.ts'

// The loader keeps, per address, a pending load and a count of timed-out ones at module level:
// a fresh copy per test starts with neither.
let loader: typeof import('./loader.ts') & typeof import('./preload.ts')
// Core declares no global `Window.belvoSDK` (apps declare their own): tests use a typed view.
const win = window as Window & { belvoSDK?: BelvoSdk }
beforeEach(async () => {
  vi.resetModules()
  loader = { ...(await import('./loader.ts')), ...(await import('./preload.ts')) }
})
afterEach(() => {
  vi.useRealTimers()
  document.head.replaceChildren()
  document.body.replaceChildren()
  delete win.belvoSDK
})

const fakeSdk: BelvoSdk = { createWidget: () => ({ build() {} }) }
const tags = () => [...document.querySelectorAll('script')]
const cdnTags = () => tags().filter((s) => s.src === loader.BELVO_SDK_URL)

/** What Belvo's script does when it runs: define the global, then the browser fires `load`. */
const finishLoading = (script: HTMLScriptElement, define = true) => {
  if (define) win.belvoSDK = fakeSdk
  script.dispatchEvent(new Event('load'))
}

describe('loadBelvoSdk', () => {
  it('injects one async tag for Belvo’s CDN and resolves window.belvoSDK', async () => {
    const promise = loader.loadBelvoSdk()
    expect(cdnTags()).toHaveLength(1)
    expect(cdnTags()[0]!.async).toBe(true)
    finishLoading(cdnTags()[0]!)
    await expect(promise).resolves.toBe(fakeSdk)
  })

  it('shares one flight between concurrent callers: N loads, one tag', async () => {
    const calls = Array.from({ length: 5 }, () => loader.loadBelvoSdk())
    expect(cdnTags()).toHaveLength(1)
    finishLoading(cdnTags()[0]!)
    const results = await Promise.all(calls)
    expect(new Set(results)).toEqual(new Set([fakeSdk]))
    expect(cdnTags()).toHaveLength(1)
  })

  it('resolves at once, adding no tag, when the SDK is already on the page', async () => {
    win.belvoSDK = fakeSdk
    await expect(loader.loadBelvoSdk()).resolves.toBe(fakeSdk)
    expect(tags()).toHaveLength(0)
  })

  it('reuses a tag with the same src that the page added and is still loading', async () => {
    const existing = document.createElement('script')
    existing.src = loader.BELVO_SDK_URL
    document.body.append(existing)
    const promise = loader.loadBelvoSdk()
    expect(tags()).toEqual([existing])
    finishLoading(existing)
    await expect(promise).resolves.toBe(fakeSdk)
  })

  it('copies nonce, integrity and crossorigin onto the tag, and honours src', async () => {
    const src = 'http://127.0.0.1:5100/belvo-widget-1-stable.js'
    void loader.loadBelvoSdk({
      src,
      nonce: 'n0nce',
      integrity: 'sha384-abc',
      crossOrigin: 'anonymous',
    })
    const [script] = tags()
    expect(script!.src).toBe(src)
    expect(script!.nonce).toBe('n0nce')
    expect(script!.getAttribute('integrity')).toBe('sha384-abc')
    expect(script!.getAttribute('crossorigin')).toBe('anonymous')
  })

  it('on a load error removes its tag, rejects with script_load_failed, and the next call retries at a new address', async () => {
    const first = loader.loadBelvoSdk()
    cdnTags()[0]!.dispatchEvent(new Event('error'))
    await expect(first).rejects.toMatchObject({
      name: 'BelvoWidgetError',
      code: 'script_load_failed',
      message: expect.stringContaining(loader.BELVO_SDK_URL),
    })
    expect(tags()).toHaveLength(0)

    // WebKit keeps a failed answer to a preload for the page's life: the same address would fail.
    const second = loader.loadBelvoSdk()
    expect(tags().map((tag) => tag.src)).toEqual([`${loader.BELVO_SDK_URL}?retry=1`])
    finishLoading(tags()[0]!)
    await expect(second).resolves.toBe(fakeSdk)
  })

  it('times out after timeoutMs (15 s by default), removes the tag, and retries next time', async () => {
    vi.useFakeTimers()
    const first = loader.loadBelvoSdk()
    const assertion = expect(first).rejects.toMatchObject({ code: 'script_timeout' })
    await vi.advanceTimersByTimeAsync(14_999)
    expect(cdnTags()).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    await assertion
    expect(tags()).toHaveLength(0)

    const custom = loader.loadBelvoSdk({ timeoutMs: 50 })
    const customAssertion = expect(custom).rejects.toThrow(/within 50 ms/)
    await vi.advanceTimersByTimeAsync(50)
    await customAssertion
  })

  it('after a timeout, retries at a new address (?retry=n), as a browser joins a stalled one', async () => {
    vi.useFakeTimers()
    const timeOut = async (src: string) => {
      const load = loader.loadBelvoSdk({ src, timeoutMs: 100 })
      const assertion = expect(load).rejects.toMatchObject({ code: 'script_timeout' })
      const requested = tags().map((tag) => tag.src)
      await vi.advanceTimersByTimeAsync(100)
      await assertion
      return requested
    }
    expect(await timeOut(loader.BELVO_SDK_URL)).toEqual([loader.BELVO_SDK_URL])
    expect(await timeOut(loader.BELVO_SDK_URL)).toEqual([`${loader.BELVO_SDK_URL}?retry=1`])
    const third = loader.loadBelvoSdk()
    expect(tags().map((tag) => tag.src)).toEqual([`${loader.BELVO_SDK_URL}?retry=2`])
    finishLoading(tags()[0]!)
    await expect(third).resolves.toBe(fakeSdk)
    delete win.belvoSDK
    tags()[0]!.remove()

    const withQuery = 'http://127.0.0.1:5100/belvo-widget-1-stable.js?v=1'
    await timeOut(withQuery)
    expect(await timeOut(withQuery)).toEqual([`${withQuery}&retry=1`])
  })

  it('rejects with sdk_missing when the script loads but defines no belvoSDK', async () => {
    const promise = loader.loadBelvoSdk({ src: '/not-belvo.js' })
    finishLoading(tags()[0]!, false)
    await expect(promise).rejects.toMatchObject({ code: 'sdk_missing' })
    expect(tags()).toHaveLength(0)
  })
})

describe('preloadBelvoSdk', () => {
  const links = () =>
    [...document.head.querySelectorAll('link')].map((l) => [l.rel, l.href, l.crossOrigin])

  it('adds one preload hint, however often it is called', () => {
    loader.preloadBelvoSdk({ crossOrigin: 'anonymous' })
    loader.preloadBelvoSdk({ crossOrigin: 'anonymous' })
    expect(links()).toEqual([['preload', loader.BELVO_SDK_URL, 'anonymous']])
    expect(document.head.querySelector('link[rel=preload]')!.getAttribute('as')).toBe('script')
  })

  it('adds nothing when the script is already on the page', () => {
    win.belvoSDK = fakeSdk
    loader.preloadBelvoSdk()
    expect(links()).toEqual([])
  })
})

describe('loadBelvoSdk after the SDK was removed', () => {
  it('loads afresh instead of answering with the old SDK', async () => {
    const first = loader.loadBelvoSdk()
    finishLoading(cdnTags()[0]!)
    await first
    delete win.belvoSDK
    cdnTags()[0]!.remove()
    const second = loader.loadBelvoSdk()
    expect(cdnTags()).toHaveLength(1)
    const next: BelvoSdk = { createWidget: () => ({ build() {} }) }
    win.belvoSDK = next
    cdnTags()[0]!.dispatchEvent(new Event('load'))
    await expect(second).resolves.toBe(next)
  })
})
