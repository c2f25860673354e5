import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

// The published files in plain Node, as server-rendering frameworks load them: no DOM, so the
// class evaluates and nothing is defined.
it('imports and requires the built entries in Node with no DOM', () => {
  const script = `
    const esm = await import('@belvo-widget/element/define')
    const cjs = (await import('node:module')).createRequire(process.cwd() + '/')('@belvo-widget/element/define')
    console.log(JSON.stringify([typeof esm.BelvoWidgetElement, typeof cjs.BelvoWidgetElement,
      typeof esm.BelvoWidgetError, typeof HTMLElement, typeof customElements]))`
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    encoding: 'utf8',
  })
  expect(JSON.parse(out)).toEqual(['function', 'function', 'function', 'undefined', 'undefined'])
})
