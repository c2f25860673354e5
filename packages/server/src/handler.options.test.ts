import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it, vi } from 'vitest'
import { createWidgetToken } from './create-widget-token.ts'
import { BelvoServerError } from './errors.ts'
import { multiRegion, ofda } from './flows.ts'
import { type BelvoTokenHandlerOptions, createBelvoTokenHandler } from './handler.ts'
import { SECRET_ID, SECRET_PASSWORD } from './test/emulator.ts'
import { startStalledBodyBelvo } from './test/fake-belvo.ts'
import { useTokenHandlerFixture, WRONG_PASSWORD } from './test/handler-fixture.ts'

const { emulator, seen, handler, post } = useTokenHandlerFixture()

describe('bad server options throw when the handler is created', () => {
  it.each([
    [
      'a purpose over 600 characters',
      { flow: ofda({ termsAndConditionsUrl: 'https://e.com/t', purpose: 'x'.repeat(601) }) },
      'widget.purpose',
    ],
    [
      'an http terms URL',
      { flow: ofda({ termsAndConditionsUrl: 'http://e.com/t' }) },
      'widget.consent.terms_and_conditions_url',
    ],
    [
      "Belvo's OFDA example callback URLs, whose scheme has _",
      {
        flow: ofda({
          termsAndConditionsUrl: 'https://e.com/t',
          callbackUrls: { success: 'your_deeplink_here://success' },
        }),
      },
      'widget.callback_urls.success',
    ],
    ['a stale_in of "1 year"', { request: { stale_in: '1 year' } }, 'stale_in'],
    [
      'an unknown fetch resource',
      { request: { fetch_resources: ['ACCOUNTZ'] } },
      'fetch_resources[0]',
    ],
  ] as const)('%s', (_, options, field) => {
    let error: unknown
    try {
      handler(options as unknown as BelvoTokenHandlerOptions)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(BelvoServerError)
    expect(error).toMatchObject({ code: 'invalid_options', field })
  })

  it('creates the handler without the keys (a build imports the route), then answers 500 naming them', async () => {
    vi.stubEnv('BELVO_SECRET_ID', '')
    vi.stubEnv('BELVO_SECRET_PASSWORD', '')
    const withoutKeys = createBelvoTokenHandler({ environment: emulator().url })
    const res = await post(withoutKeys)
    expect(res.status).toBe(500)
    expect(res.body.error).toMatchObject({ code: 'invalid_options' })
    expect((res.body.error as { message: string }).message).toMatch(
      /BELVO_SECRET_ID.*BELVO_SECRET_PASSWORD/,
    )
    expect(seen.some((line) => line.includes('invalid_options'))).toBe(true)
    // Keys set later (e.g. a secret mounted after start) are read by the next request.
    vi.stubEnv('BELVO_SECRET_ID', SECRET_ID)
    vi.stubEnv('BELVO_SECRET_PASSWORD', SECRET_PASSWORD)
    expect((await post(withoutKeys)).status).toBe(200)
    vi.unstubAllEnvs()
  })

  it('reads BELVO_ENV at the first request: a bad value is a 500 that names it', async () => {
    vi.stubEnv('BELVO_ENV', 'http://belvo.example.com')
    const res = await post(
      createBelvoTokenHandler({ secretId: SECRET_ID, secretPassword: SECRET_PASSWORD }),
    )
    vi.unstubAllEnvs()
    expect(res.status).toBe(500)
    expect(res.body.error).toMatchObject({ code: 'invalid_options' })
    expect((res.body.error as { message: string }).message).toMatch(/BELVO_ENV must use https/)
  })

  it.each([
    ['an empty secretId', { secretId: '' }, /secretId must be a non-empty string/],
    ['a zero timeoutMs', { timeoutMs: 0 }, /timeoutMs must be a positive number/],
    ['an environment that is not a URL', { environment: 'staging' }, /BELVO_ENV must be sandbox/],
  ] as const)('options passed in code are still checked at once: %s', (_, options, message) => {
    expect(() => createBelvoTokenHandler(options)).toThrow(message)
  })

  it('reads the keys and environment from BELVO_SECRET_ID, BELVO_SECRET_PASSWORD, BELVO_ENV', async () => {
    vi.stubEnv('BELVO_SECRET_ID', SECRET_ID)
    vi.stubEnv('BELVO_SECRET_PASSWORD', SECRET_PASSWORD)
    vi.stubEnv('BELVO_ENV', emulator().url)
    const res = await post(createBelvoTokenHandler())
    vi.unstubAllEnvs()
    expect(res.status).toBe(200)
  })

  it('refuses plain http to a remote host', () => {
    expect(() => handler({ environment: 'http://belvo.example.com' })).toThrow(/https/)
  })
})

describe('when Belvo fails', () => {
  it("turns Belvo's 401 into a 502 that names the cause, without the keys", async () => {
    const res = await post(handler({ secretPassword: WRONG_PASSWORD }))
    expect(res.status).toBe(502)
    const error = res.body.error as { code: string; message: string }
    expect(error.code).toBe('belvo_unauthorized')
    expect(error.message).toMatch(/secret keys.*BELVO_SECRET_ID and BELVO_SECRET_PASSWORD/)
    // Server-side problems are logged, without the keys (checked after each test).
    expect(seen.some((line) => line.includes('belvo_unauthorized'))).toBe(true)
  })

  it('answers 502 when Belvo answers 500', async () => {
    emulator().setFaults({ tokenFault: 500 })
    const res = await post(handler())
    expect(res.status).toBe(502)
    expect(res.body.error).toMatchObject({ code: 'belvo_error' })
  })

  it('answers 504 when Belvo is slower than timeoutMs', async () => {
    emulator().setFaults({ tokenLatencyMs: 2_000 })
    const res = await post(handler({ timeoutMs: 100 }))
    expect(res.status).toBe(504)
    expect(res.body.error).toMatchObject({ code: 'belvo_timeout' })
  })

  it('answers 504 when Belvo answers 200 but its body stalls past timeoutMs', async () => {
    const stalled = await startStalledBodyBelvo()
    try {
      const res = await post(handler({ environment: stalled.url, timeoutMs: 100 }))
      expect(res.status).toBe(504)
      expect(res.body.error).toMatchObject({ code: 'belvo_timeout' })
      expect((res.body.error as { message: string }).message).toMatch(
        /Belvo answered 200 but did not send the whole body within 100 ms/,
      )
    } finally {
      stalled.close()
    }
  })

  it("createWidgetToken stops at the caller's signal, well before timeoutMs", async () => {
    emulator().setFaults({ tokenLatencyMs: 10_000 })
    const reason = new Error('the visitor left')
    const started = Date.now()
    await expect(
      createWidgetToken({
        environment: emulator().url,
        secretId: SECRET_ID,
        secretPassword: SECRET_PASSWORD,
        signal: AbortSignal.timeout(50),
      }),
    ).rejects.toMatchObject({ name: 'TimeoutError' })
    const controller = new AbortController()
    const pending = createWidgetToken({
      environment: emulator().url,
      secretId: SECRET_ID,
      secretPassword: SECRET_PASSWORD,
      signal: controller.signal,
    })
    controller.abort(reason)
    await expect(pending).rejects.toBe(reason)
    expect(Date.now() - started).toBeLessThan(4_000)
  })

  it('answers 502 when nothing listens at BELVO_ENV', async () => {
    const server = createServer()
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    const { port } = server.address() as AddressInfo
    await new Promise((resolve) => server.close(resolve))
    const res = await post(handler({ environment: `http://127.0.0.1:${port}` }))
    expect(res.status).toBe(502)
    expect(res.body.error).toMatchObject({ code: 'belvo_unreachable' })
  })

  it('createWidgetToken throws the same typed error', async () => {
    await expect(
      createWidgetToken({
        environment: emulator().url,
        secretId: SECRET_ID,
        secretPassword: WRONG_PASSWORD,
        flow: multiRegion(),
      }),
    ).rejects.toMatchObject({ name: 'BelvoServerError', code: 'belvo_unauthorized', status: 502 })
  })
})

describe('when the browser disconnects before the answer', () => {
  const leaving = () => {
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    return controller.signal
  }

  it('stops waiting for Belvo and answers 499 without logging anything', async () => {
    emulator().setFaults({ tokenLatencyMs: 10_000 })
    const started = Date.now()
    const res = await handler()(
      new Request('http://app.test/api/widget-token', { method: 'POST', signal: leaving() }),
    )
    expect(res.status).toBe(499)
    expect(await res.text()).toBe('')
    expect(Date.now() - started).toBeLessThan(4_000)
    expect(seen).toEqual([])
  })

  it('does not call onError, also when the body stops arriving', async () => {
    const errors: string[] = []
    const h = handler({ acceptExternalId: true, onError: (error) => errors.push(error.code) })
    const signal = leaving()
    // What a runtime does to the body of a request whose connection closed.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"external_id":'))
        signal.addEventListener('abort', () => controller.error(signal.reason))
      },
    })
    const res = await h(
      new Request('http://app.test/api/widget-token', {
        method: 'POST',
        body,
        duplex: 'half',
        signal,
      } as RequestInit),
    )
    expect(res.status).toBe(499)
    expect(errors).toEqual([])
  })
})
