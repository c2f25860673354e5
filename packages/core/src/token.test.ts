import { describe, expect, it, vi } from 'vitest'
import { getTokenExpiry, isTokenExpired, resolveToken } from './token.ts'

/** A JWT shaped like Belvo's access tokens (HS512 header, `exp` in seconds). */
const jwt = (secondsFromNow: number) => {
  const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const exp = Math.floor(Date.now() / 1000) + secondsFromNow
  return `${b64url({ alg: 'HS512', typ: 'JWT' })}.${b64url({ token_type: 'access', exp, scopes: ['read_institutions', 'write_links'] })}.sig`
}

describe('getTokenExpiry / isTokenExpired', () => {
  it('reads exp from a base64url JWT payload, in milliseconds', () => {
    const token = jwt(600)
    expect(getTokenExpiry(token)).toBe((Math.floor(Date.now() / 1000) + 600) * 1000)
    expect(isTokenExpired(token)).toBe(false)
    expect(isTokenExpired(jwt(-1))).toBe(true)
  })

  it('reads Belvo’s documented sample token (expired in 2024)', () => {
    const sample =
      'eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJ0b2tlbl90eXBlIjoiYWNjZXNzIiwiZXhwIjoxNzEyNTcxODkyLCJpYXQiOjE3MTI1NzA2OTJ9.x'
    expect(getTokenExpiry(sample)).toBe(1712571892000)
    expect(isTokenExpired(sample)).toBe(true)
  })

  it('treats opaque tokens as unexpired (Belvo decides)', () => {
    expect(getTokenExpiry('not-a-jwt')).toBeUndefined()
    expect(isTokenExpired('not-a-jwt')).toBe(false)
  })
})

describe('resolveToken', () => {
  it('accepts a string, a function returning a string, and Belvo’s { access, refresh } reply', async () => {
    const token = jwt(600)
    await expect(resolveToken(token)).resolves.toBe(token)
    await expect(resolveToken(() => token)).resolves.toBe(token)
    await expect(resolveToken(async () => ({ access: token, refresh: 'r' }))).resolves.toBe(token)
  })

  it('calls the function again when its token has already expired', async () => {
    const fresh = jwt(600)
    const source = vi.fn().mockResolvedValueOnce(jwt(-60)).mockResolvedValueOnce(fresh)
    await expect(resolveToken(source)).resolves.toBe(fresh)
    expect(source).toHaveBeenCalledTimes(2)
  })

  it('rejects an expired string token with token_expired', async () => {
    await expect(resolveToken(jwt(-60))).rejects.toMatchObject({
      code: 'token_expired',
      message: expect.stringMatching(/10 minutes/),
    })
  })

  it('uses the refetched token as it is when it still looks expired (the clock may be wrong)', async () => {
    const stale = jwt(-60)
    const source = vi.fn(() => stale)
    await expect(resolveToken(source)).resolves.toBe(stale)
    expect(source).toHaveBeenCalledTimes(2)
  })

  it('wraps a failing token function in token_failed, keeping the cause', async () => {
    const cause = new Error('HTTP 500 from /api/widget-token')
    const error = await resolveToken(() => Promise.reject(cause)).catch((e) => e)
    expect(error).toMatchObject({ code: 'token_failed', cause })
    expect(error.message).toContain('HTTP 500 from /api/widget-token')
  })

  it('names the fix when the function returns nothing usable, or no token is given', async () => {
    await expect(resolveToken(async () => ({}) as { access: string })).rejects.toMatchObject({
      code: 'token_failed',
      message: expect.stringContaining('{ access }'),
    })
    await expect(resolveToken(undefined)).rejects.toMatchObject({ code: 'invalid_config' })
    await expect(resolveToken('')).rejects.toMatchObject({ code: 'invalid_config' })
  })
})

describe('resolveToken: what a failing token source reads as', () => {
  const failure = (source: () => unknown) =>
    resolveToken(source as () => string).then(
      () => expect.unreachable('resolved'),
      (error) => error,
    )
  const json = (body: unknown, status: number, url = '') => {
    const response = new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    })
    if (url) Object.defineProperty(response, 'url', { value: url })
    return response
  }
  const serverError = {
    error: {
      code: 'belvo_auth_failed',
      message: 'Belvo refused the secret keys: check BELVO_SECRET_ID and BELVO_SECRET_PASSWORD',
    },
  }

  it.each([
    ['an Error', new Error('HTTP 500 from /api/widget-token'), 'HTTP 500 from /api/widget-token'],
    ['a string', 'the token service is down', 'the token service is down'],
    [
      "Belvo's error list",
      [{ code: 'invalid_credentials', message: 'Invalid secret keys' }],
      'invalid_credentials: Invalid secret keys',
    ],
    [
      "the server package's error body",
      serverError,
      'belvo_auth_failed: Belvo refused the secret keys: check BELVO_SECRET_ID',
    ],
  ])('rejecting with %s: a sentence, the original as cause', async (_, reason, text) => {
    const error = await failure(() => Promise.reject(reason))
    expect(error).toMatchObject({ code: 'token_failed', cause: reason })
    expect(error.message).toContain(text)
    expect(error.message).not.toMatch(/\[object Object\]/)
  })

  it.each([
    ["the server package's error body", serverError, 'belvo_auth_failed: Belvo refused'],
    [
      "Belvo's error list",
      [{ code: 'invalid_credentials', message: 'Invalid secret keys' }],
      'invalid_credentials: Invalid secret keys',
    ],
  ])('resolving with %s (`.then((r) => r.json())` on a failed route)', async (_, body, text) => {
    const error = await failure(async () => body)
    expect(error).toMatchObject({ code: 'token_failed', cause: body })
    expect(error.message).toContain(text)
  })

  it('reads access from an ok fetch Response', async () => {
    const token = jwt(600)
    await expect(
      resolveToken(async () => json({ access: token, refresh: 'r' }, 200)),
    ).resolves.toBe(token)
  })

  it("gives a failed Response's status, address and the route's own message", async () => {
    const response = json(serverError, 502, 'http://127.0.0.1:5101/api/widget-token')
    const error = await failure(async () => response)
    expect(error).toMatchObject({ code: 'token_failed', cause: response })
    expect(error.message).toBe(
      'token function failed: http://127.0.0.1:5101/api/widget-token answered 502: ' +
        'belvo_auth_failed: Belvo refused the secret keys: check BELVO_SECRET_ID and BELVO_SECRET_PASSWORD',
    )
  })

  it('names the route and what it sent when an ok Response has no access', async () => {
    const response = json({ token: 'abc' }, 200, 'http://127.0.0.1:5101/api/widget-token')
    const error = await failure(async () => response)
    expect(error).toMatchObject({ code: 'token_failed', cause: response })
    // The keys it sent, never their values: a token under another name stays out of error logs.
    expect(error.message).toBe(
      'token function failed: http://127.0.0.1:5101/api/widget-token answered 200: answer { access } or the token as text, not {token}',
    )
  })

  it('takes a route that answers the token as plain text', async () => {
    const token = jwt(600)
    await expect(resolveToken(async () => new Response(token))).resolves.toBe(token)
  })

  it('gives the text of a failed Response that is not JSON', async () => {
    const response = new Response('Bad Gateway', { status: 502 })
    Object.defineProperty(response, 'url', { value: 'https://shop.example/api/widget-token' })
    const error = await failure(async () => response)
    expect(error.message).toBe(
      'token function failed: https://shop.example/api/widget-token answered 502: Bad Gateway',
    )
  })
})
