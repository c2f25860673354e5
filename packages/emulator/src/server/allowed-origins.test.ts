// allowedOrigins: Belvo's "allowed URLs" (seed 003, step 1 and troubleshooting), over real HTTP.
import { EmulatorError, type RunningEmulator, startEmulator } from '@belvo-widget/emulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

let emulator: RunningEmulator
beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    quiet: true,
    allowedOrigins: ['http://localhost:5173', 'https://www.acme-corp.com'],
  })
})
afterAll(() => emulator?.close())

const session = (origin: string, method = 'POST') =>
  fetch(`${emulator.url}/widget/session`, {
    method,
    headers: {
      origin,
      'content-type': 'application/json',
      ...(method === 'OPTIONS' && { 'access-control-request-method': 'POST' }),
    },
    ...(method === 'POST' && { body: JSON.stringify({ access_token: 'x' }) }),
  })

describe('allowedOrigins', () => {
  it('a listed origin reaches the widget routes, with CORS headers', async () => {
    const res = await session('https://www.acme-corp.com')
    expect(res.status).toBe(401) // the token is bad, but the origin passed
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('another origin is refused without CORS headers, so the browser blocks it', async () => {
    for (const method of ['OPTIONS', 'POST']) {
      const res = await session('http://localhost:4000', method)
      expect(res.status).toBe(403)
      expect(res.headers.get('access-control-allow-origin')).toBeNull()
    }
  })

  it('the script, the token API and the emulator’s own pages are not restricted', async () => {
    const script = await fetch(emulator.scriptUrl, { headers: { origin: 'http://localhost:4000' } })
    expect(script.status).toBe(200)
    expect((await session(emulator.url)).status).toBe(401)
  })

  it('rejects origins with a path or a trailing slash, as Belvo’s dashboard does', async () => {
    for (const allowedOrigins of [
      ['https://www.acme-corp.com/'],
      ['https://www.acme-corp.com/home/start.html'],
      'https://www.acme-corp.com',
    ]) {
      await expect(
        startEmulator({ port: 0, quiet: true, allowedOrigins: allowedOrigins as string[] }),
      ).rejects.toBeInstanceOf(EmulatorError)
    }
  })
})
