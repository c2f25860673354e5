// Runs in Vercel's Edge Runtime globals: the Fetch handler must need nothing from Node.
import { type RunningEmulator as Emulator, startEmulator } from '@belvo-widget/emulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBelvoTokenHandler } from './handler.ts'
import { emulatorAcceptsToken, SECRET_ID, SECRET_PASSWORD } from './test/emulator.ts'

let emulator: Emulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true })
})
afterAll(async () => {
  await emulator?.close()
})

describe('createBelvoTokenHandler in an edge runtime', () => {
  const handler = () =>
    createBelvoTokenHandler({
      environment: emulator.url,
      secretId: SECRET_ID,
      secretPassword: SECRET_PASSWORD,
      acceptExternalId: true,
    })

  it("runs with the Edge Runtime's globals (its fetch, Request, Response, streams)", () => {
    expect(typeof (globalThis as { EdgeRuntime?: unknown }).EdgeRuntime).toBe('string')
  })

  it('answers { access } with a token the emulator accepts', async () => {
    const response = await handler()(
      new Request('https://app.test/api/widget-token', {
        method: 'POST',
        body: JSON.stringify({ external_id: 'user_42' }),
      }),
    )
    expect(response.status).toBe(200)
    const body = (await response.json()) as { access: string }
    expect(Object.keys(body)).toEqual(['access'])
    expect((await emulatorAcceptsToken(emulator.url, body.access)).ok).toBe(true)
  })

  it('answers 400 to bad JSON and 413 to a large body', async () => {
    const bad = await handler()(new Request('https://app.test/', { method: 'POST', body: '{' }))
    expect(bad.status).toBe(400)
    const big = await handler()(
      new Request('https://app.test/', { method: 'POST', body: 'x'.repeat(10_000) }),
    )
    expect(big.status).toBe(413)
  })
})
