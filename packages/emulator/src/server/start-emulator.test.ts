// startEmulator over real HTTP on 127.0.0.1: its url and options, the SDK script, CORS, faults and
// the control routes.
import { networkInterfaces } from 'node:os'
import { EmulatorError, startEmulator } from '@belvo-widget/emulator'
import { describe, expect, it } from 'vitest'
import { emulator, keys, post, startEmulatorAroundFile, token } from './emulator.fixture.ts'

startEmulatorAroundFile()

describe('startEmulator', () => {
  it('answers on the url it reports, without a trailing slash', () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(emulator.scriptUrl).toBe(`${emulator.url}/belvo-widget-1-stable.js`)
    expect(emulator.secretId).toBe('emulator-secret-id')
    expect(emulator.secretPassword).toBe('emulator-secret-password')
  })

  it('rejects bad options and a taken port with typed errors', async () => {
    await expect(startEmulator({ port: -1 })).rejects.toMatchObject({ code: 'INVALID_OPTION' })
    await expect(startEmulator({ scriptFault: 'nope' as 'error' })).rejects.toBeInstanceOf(
      EmulatorError,
    )
    const port = Number(new URL(emulator.url).port)
    await expect(startEmulator({ port, quiet: true })).rejects.toMatchObject({
      code: 'PORT_IN_USE',
      message: expect.stringContaining(`Port ${port}`),
    })
  })
})

describe('script, CORS and faults', () => {
  it('serves the SDK script to any origin', async () => {
    const res = await fetch(emulator.scriptUrl, { headers: { origin: 'http://localhost:5173' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/javascript/)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(await res.text()).toContain('belvoSDK')
  })

  it('serves the same SDK as belvo-widget-sandbox-1-stable.js, and says which names exist', async () => {
    const stable = await (await fetch(emulator.scriptUrl)).text()
    const sandbox = await fetch(`${emulator.url}/belvo-widget-sandbox-1-stable.js`)
    expect(sandbox.status).toBe(200)
    expect(sandbox.headers.get('content-type')).toMatch(/javascript/)
    expect(await sandbox.text()).toBe(stable)

    const wrong = await fetch(`${emulator.url}/belvo-web-widget.js`)
    expect(wrong.status).toBe(404)
    expect(await wrong.text()).toBe(
      "belvo-web-widget.js is not a script Belvo's CDN serves: load belvo-widget-1-stable.js or belvo-widget-sandbox-1-stable.js.",
    )
  })

  it('answers CORS preflights for the widget routes', async () => {
    const res = await fetch(`${emulator.url}/widget/session`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5174',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-headers')).toContain('content-type')
  })

  it('scriptFault error answers 500; hang never answers; none serves again', async () => {
    emulator.setFaults({ scriptFault: 'error' })
    expect((await fetch(emulator.scriptUrl)).status).toBe(500)
    emulator.setFaults({ scriptFault: 'hang' })
    await expect(fetch(emulator.scriptUrl, { signal: AbortSignal.timeout(200) })).rejects.toThrow()
    emulator.setFaults({ scriptFault: 'none' })
    expect((await fetch(emulator.scriptUrl)).status).toBe(200)
  })

  it('latency switches hold the script and the token answers back', async () => {
    emulator.setFaults({ scriptLatencyMs: 5_000, tokenLatencyMs: 5_000 })
    try {
      await expect(
        fetch(emulator.scriptUrl, { signal: AbortSignal.timeout(150) }),
      ).rejects.toThrow()
      await expect(
        fetch(`${emulator.url}/api/token/`, {
          method: 'POST',
          body: JSON.stringify({ ...keys(), scopes: 'read_institutions,write_links' }),
          signal: AbortSignal.timeout(150),
        }),
      ).rejects.toThrow()
    } finally {
      emulator.setFaults({ scriptLatencyMs: 0, tokenLatencyMs: 0 })
    }
  })

  it('tokenFault 401 and 500 override correct requests', async () => {
    emulator.setFaults({ tokenFault: 401 })
    expect(
      (await post('/api/token/', { ...keys(), scopes: 'read_institutions,write_links' })).status,
    ).toBe(401)
    emulator.setFaults({ tokenFault: 500 })
    const res = await post('/api/token/', { ...keys(), scopes: 'read_institutions,write_links' })
    expect(res.status).toBe(500)
    expect(((await res.json()) as Array<{ code: string }>)[0]!.code).toBe('unexpected_error')
    emulator.setFaults({ tokenFault: 'none' })
    await token()
  })

  it('the loopback control route reads and changes faults, and rejects unknown ones', async () => {
    const set = await post('/__emulator/faults', { scriptFault: 'error', tokenLatencyMs: 5 })
    expect(await set.json()).toMatchObject({ scriptFault: 'error', tokenLatencyMs: 5 })
    expect(emulator.faults).toMatchObject({ scriptFault: 'error', tokenLatencyMs: 5 })
    expect((await fetch(emulator.scriptUrl)).status).toBe(500)
    const bad = await post('/__emulator/faults', { scriptFualt: 'error' })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as Array<{ message: string }>)[0]!.message).toMatch(
      /Unknown fault "scriptFualt"/,
    )
    await post('/__emulator/faults', { scriptFault: 'none', tokenLatencyMs: 0 })
    expect(await fetch(`${emulator.url}/__emulator/faults`).then((r) => r.json())).toMatchObject({
      scriptFault: 'none',
      tokenLatencyMs: 0,
    })
  })
})

describe('the control route from another machine', () => {
  const external = Object.values(networkInterfaces())
    .flat()
    .find((i) => i && !i.internal && i.family === 'IPv4')?.address

  it.skipIf(!external)(
    'answers 403 to non-loopback clients, while the API still works',
    async () => {
      const open = await startEmulator({ port: 0, host: '0.0.0.0', quiet: true })
      try {
        const viaLan = `http://${external}:${new URL(open.url).port}`
        const res = await fetch(`${viaLan}/__emulator/faults`, {
          method: 'POST',
          body: '{"scriptFault":"error"}',
        })
        expect(res.status).toBe(403)
        expect(open.faults.scriptFault).toBe('none')
        expect((await fetch(`${viaLan}/belvo-widget-1-stable.js`)).status).toBe(200)
      } finally {
        await open.close()
      }
    },
  )
})
