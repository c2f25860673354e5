// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'

describe('in Node without a DOM', () => {
  it('imports every entry without touching window or document', async () => {
    expect(typeof globalThis.window).toBe('undefined')
    const core = await import('./index.ts')
    const hosted = await import('./hosted/index.ts')
    const web = await import('./hosted/web.ts')
    const config = await import('./config-entry.ts')
    const preload = await import('./preload.ts')
    expect(typeof core.createBelvoWidget).toBe('function')
    expect(typeof config.validateConfig).toBe('function')
    expect(typeof preload.preloadBelvoSdk).toBe('function')
    expect(typeof hosted.parseHostedWidgetRedirect).toBe('function')
    expect(typeof web.readHostedWidgetReturn).toBe('function')
  })

  it('the web page helpers say they need a browser page', async () => {
    const web = await import('./hosted/web.ts')
    expect(() => web.readHostedWidgetReturn({ callbackUrls: {} })).toThrow(
      expect.objectContaining({ code: 'not_in_browser' }),
    )
    expect(() => web.openHostedWidgetInThisTab('https://widget.belvo.io/')).toThrow(
      expect.objectContaining({ code: 'not_in_browser' }),
    )
  })

  it('loadBelvoSdk rejects with not_in_browser; preload and a new controller do nothing', async () => {
    const { loadBelvoSdk, createBelvoWidget } = await import('./index.ts')
    const { preloadBelvoSdk } = await import('./preload.ts')
    await expect(loadBelvoSdk()).rejects.toMatchObject({
      code: 'not_in_browser',
      message: expect.stringMatching(/not during SSR/),
    })
    expect(() => preloadBelvoSdk()).not.toThrow()
    const widget = createBelvoWidget({ token: 'x' })
    expect(widget.getSnapshot()).toEqual({ status: 'idle' })
  })

  it('open() on the server does nothing: no token asked for, no error, still idle', async () => {
    const { createBelvoWidget } = await import('./index.ts')
    const token = vi.fn(() => 'never')
    const onError = vi.fn()
    const widget = createBelvoWidget({ token, onError })
    await widget.open()
    expect(widget.getSnapshot()).toEqual({ status: 'idle' })
    expect(token).not.toHaveBeenCalled()
    expect(onError).not.toHaveBeenCalled()
  })
})
