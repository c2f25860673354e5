// The edge runtimes the README names, as their bundlers see the package: each resolves
// `exports` with its own export conditions, and must get the real module rather than the
// `browser` guard; the bundle must then answer a request inside an edge runtime.
import { type RunningEmulator, startEmulator } from '@belvo-widget/emulator'
import { EdgeVM } from '@edge-runtime/vm'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The conditions each bundler resolves with, in its order: Next.js for `runtime = 'edge'`
// routes and middleware; Nitro (Nuxt) for its presets, which add their own before the
// worker defaults.
const nitroWorker = ['wintercg', 'worker', 'web', 'browser', 'workerd', 'edge-light']
const BUNDLERS = {
  "Next.js's edge runtime": ['edge-light', 'worker', 'browser', 'module', 'import'],
  "Nitro's vercel-edge preset": ['production', 'edge-light', ...nitroWorker, 'import', 'default'],
  "Nitro's cloudflare-module preset": [
    'production',
    'workerd',
    ...nitroWorker,
    'import',
    'default',
  ],
}

async function bundle(conditions: string[]): Promise<string> {
  const result = await build({
    stdin: {
      contents: "export { createBelvoTokenHandler } from '@belvo-widget/server'",
      resolveDir: import.meta.dirname,
      loader: 'js',
    },
    bundle: true,
    // `neutral` adds no conditions of its own: only the bundler's list applies.
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions,
    format: 'iife',
    globalName: 'belvoServer',
    write: false,
    logLevel: 'silent',
  })
  return result.outputFiles[0]!.text
}

let emulator: RunningEmulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true })
})
afterAll(async () => {
  await emulator?.close()
})

describe.each(Object.entries(BUNDLERS))('@belvo-widget/server bundled as %s', (_, conditions) => {
  it('gets the real module and answers { access } in an edge runtime', async () => {
    const code = await bundle(conditions)
    expect(code).not.toContain('bundled for a browser')
    expect(code).toContain('/api/token/')

    const vm = new EdgeVM()
    // The runtime has neither Node's globals nor the newer AbortSignal helpers.
    expect(vm.evaluate('typeof process + typeof AbortSignal.any')).toBe('undefinedundefined')
    vm.evaluate(code)
    const answer = await vm.evaluate<Promise<{ status: number; body: string }>>(`(async () => {
      const handler = belvoServer.createBelvoTokenHandler({
        environment: ${JSON.stringify(emulator.url)},
        secretId: 'emulator-secret-id',
        secretPassword: 'emulator-secret-password',
      })
      const response = await handler(new Request('https://app.test/api/widget-token', { method: 'POST' }))
      return { status: response.status, body: await response.text() }
    })()`)
    expect(answer.status).toBe(200)
    expect(Object.keys(JSON.parse(answer.body))).toEqual(['access'])
  })

  it("answers { access } with a fetch that refuses a foreign `this`, as Cloudflare Workers' does", async () => {
    const vm = new EdgeVM()
    vm.evaluate(await bundle(conditions))
    const answer = await vm.evaluate<Promise<{ status: number; body: string }>>(`(async () => {
      const runtimeFetch = globalThis.fetch
      globalThis.fetch = function fetch(input, init) {
        if (this !== undefined && this !== globalThis) {
          throw new TypeError('Illegal invocation: function called with incorrect \`this\` reference.')
        }
        return runtimeFetch(input, init)
      }
      const handler = belvoServer.createBelvoTokenHandler({
        environment: ${JSON.stringify(emulator.url)},
        secretId: 'emulator-secret-id',
        secretPassword: 'emulator-secret-password',
        onError: () => {},
      })
      const response = await handler(new Request('https://app.test/api/widget-token', { method: 'POST' }))
      return { status: response.status, body: await response.text() }
    })()`)
    expect(answer.body).toContain('"access"')
    expect(answer.status).toBe(200)
  })

  it('creates the handler without the keys, and answers 500 naming them', async () => {
    const vm = new EdgeVM()
    vm.evaluate(await bundle(conditions))
    const answer = await vm.evaluate<Promise<{ status: number; body: string }>>(`(async () => {
      const handler = belvoServer.createBelvoTokenHandler({ onError: () => {} })
      const response = await handler(new Request('https://app.test/api/widget-token', { method: 'POST' }))
      return { status: response.status, body: await response.text() }
    })()`)
    expect(answer.status).toBe(500)
    expect(JSON.parse(answer.body).error.message).toMatch(/BELVO_SECRET_ID.*BELVO_SECRET_PASSWORD/)
  })
})
