// @vitest-environment node
import { expect, it } from 'vitest'

// Server rendering and Node tooling import the package with no DOM at all.
it('imports in Node with no DOM, and the define entry registers nothing there', async () => {
  expect(typeof HTMLElement).toBe('undefined')
  const main = await import('./index.ts')
  const define = await import('./define.ts')
  expect(typeof main.BelvoWidgetElement).toBe('function')
  expect(define.BelvoWidgetElement).toBe(main.BelvoWidgetElement)
  expect(typeof customElements).toBe('undefined')
})
