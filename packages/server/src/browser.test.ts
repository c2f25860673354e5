import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { createWidgetToken } from './create-widget-token.ts'
import { createBelvoTokenHandler } from './handler.ts'

const keys = {
  secretId: 'emulator-secret-id',
  secretPassword: 'emulator-secret-password',
  environment: 'sandbox',
}

describe('refusing to run in a browser', () => {
  it('resolves the `browser` export condition to a module that throws on load', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
    const root = pkg.exports['.']
    // Before import/require, so bundlers targeting browsers pick it.
    expect(Object.keys(root).indexOf('browser')).toBeLessThan(Object.keys(root).indexOf('import'))
    expect(root.browser.default).toBe('./dist/browser.js')
    await expect(import('./browser.ts')).rejects.toThrow(/bundled for a browser.*server only/)
  })

  describe('with a DOM on the global object', () => {
    afterEach(() => {
      Reflect.deleteProperty(globalThis, 'window')
      Reflect.deleteProperty(globalThis, 'document')
    })

    it('throws browser_runtime from the handler factory and createWidgetToken', async () => {
      Object.assign(globalThis, { window: globalThis, document: {} })
      expect(() => createBelvoTokenHandler(keys)).toThrow(
        expect.objectContaining({ code: 'browser_runtime' }),
      )
      await expect(createWidgetToken(keys)).rejects.toMatchObject({ code: 'browser_runtime' })
    })
  })

  it('imports in Node with no DOM and runs nothing on import', async () => {
    const mod = await import('./index.ts')
    expect(typeof mod.createBelvoTokenHandler).toBe('function')
  })
})
