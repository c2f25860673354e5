// The token handler's tests share one setup: a real emulator on 127.0.0.1 standing in for Belvo,
// and every response body and console line a test produces, checked for secrets after it.
import { type RunningEmulator, startEmulator } from '@belvo-widget/emulator'
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest'
import { type BelvoTokenHandlerOptions, createBelvoTokenHandler } from '../handler.ts'
import { SECRET_ID, SECRET_PASSWORD } from './emulator.ts'

export const WRONG_PASSWORD = 'wrong-password-Zq81'
export const CPF = '76109277673'

export interface TokenHandlerFixture {
  /** The emulator of the current file. */
  emulator: () => RunningEmulator
  /** Every response body and console line of the current test; add what a test reads itself. */
  seen: string[]
  /** A handler against the emulator with its keys, and `options`. */
  handler: (options?: BelvoTokenHandlerOptions) => (request: Request) => Promise<Response>
  /** POSTs `body` (JSON) to `h` as the browser would and reads the JSON answer. */
  post: (
    h: (r: Request) => Promise<Response>,
    body?: string | object,
    init?: RequestInit,
  ) => Promise<{ status: number; body: Record<string, unknown>; headers: Headers }>
}

/** Registers the shared setup in the calling test file. */
export function useTokenHandlerFixture(): TokenHandlerFixture {
  let emulator: RunningEmulator
  const seen: string[] = []
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, quiet: true })
  })
  afterAll(async () => {
    await emulator?.close()
  })
  beforeEach(() => {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        seen.push(
          args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : String(a))).join(' '),
        )
      })
    }
  })
  afterEach(() => {
    emulator.setFaults({ tokenFault: 'none', tokenLatencyMs: 0 })
    const all = seen.join('\n')
    expect(all).not.toContain(SECRET_PASSWORD)
    expect(all).not.toContain(SECRET_ID)
    expect(all).not.toContain(WRONG_PASSWORD)
    seen.length = 0
  })
  const handler = (options: BelvoTokenHandlerOptions = {}) =>
    createBelvoTokenHandler({
      environment: emulator.url,
      secretId: SECRET_ID,
      secretPassword: SECRET_PASSWORD,
      ...options,
    })
  const post: TokenHandlerFixture['post'] = async (h, body, init = {}) => {
    const response = await h(
      new Request('http://app.test/api/widget-token', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
        ...init,
      }),
    )
    const text = await response.text()
    seen.push(text)
    return { status: response.status, body: JSON.parse(text), headers: response.headers }
  }
  return { emulator: () => emulator, seen, handler, post }
}
