import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import express4 from 'express4'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createWidgetToken } from './create-widget-token.ts'
import { updateMode } from './flows.ts'
import { createBelvoTokenMiddleware, toNodeHandler } from './node.ts'
import {
  emulatorAcceptsToken,
  linkSandboxAccount,
  SECRET_ID,
  SECRET_PASSWORD,
} from './test/emulator.ts'
import { useTokenHandlerFixture } from './test/handler-fixture.ts'

const { emulator, seen, handler } = useTokenHandlerFixture()

describe('toNodeHandler under node:http', () => {
  let server: Server
  let url: string
  beforeAll(async () => {
    const tokenRoute = toNodeHandler(handler({ maxBodyBytes: 256, acceptExternalId: true }))
    server = createServer((req, res) => {
      void tokenRoute(req, res)
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  async function send(path: string, init: RequestInit) {
    const response = await fetch(`${url}${path}`, init)
    const text = await response.text()
    seen.push(text)
    return { status: response.status, body: JSON.parse(text), headers: response.headers }
  }

  it('serves the token over real HTTP', async () => {
    const res = await send('/', { method: 'POST', body: '{"external_id":"user_42"}' })
    expect(res.status).toBe(200)
    expect(Object.keys(res.body)).toEqual(['access'])
    expect(res.headers.get('content-type')).toContain('application/json')
  })

  it('answers 413 to a large chunked body and 405 to GET', async () => {
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(100)))
        controller.close()
      },
    })
    const big = await send('/', { method: 'POST', body: chunks, duplex: 'half' } as RequestInit)
    expect(big.status).toBe(413)
    const get = await send('/', { method: 'GET' })
    expect(get.status).toBe(405)
  })
})

describe('toNodeHandler when the browser disconnects', () => {
  it('stops waiting for Belvo and reports nothing', async () => {
    emulator().setFaults({ tokenLatencyMs: 10_000 })
    const errors: string[] = []
    const tokenRoute = toNodeHandler(handler({ onError: (error) => errors.push(error.code) }))
    let finished!: Promise<number>
    let arrived!: () => void
    const received = new Promise<void>((resolve) => (arrived = resolve))
    const server = createServer((req, res) => {
      finished = tokenRoute(req, res).then(() => Date.now())
      arrived()
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    try {
      const { port } = server.address() as AddressInfo
      const leaving = new AbortController()
      const request = fetch(`http://127.0.0.1:${port}/`, { method: 'POST', signal: leaving.signal })
      // The browser leaves once the server has its request, while the handler waits for Belvo.
      await received
      await new Promise((resolve) => setTimeout(resolve, 100))
      const started = Date.now()
      leaving.abort()
      await expect(request).rejects.toThrow()
      // The handler let go of Belvo's 10 s answer as soon as the connection closed.
      expect((await finished) - started).toBeLessThan(4_000)
      expect(errors).toEqual([])
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe.each([
  // Typed as Express 5: the calls below are the same in both versions.
  ['Express 4', express4 as unknown as typeof express],
  ['Express 5', express],
])('createBelvoTokenMiddleware under %s', (_, framework) => {
  let server: Server
  let url: string
  beforeAll(async () => {
    const options = {
      environment: emulator().url,
      secretId: SECRET_ID,
      secretPassword: SECRET_PASSWORD,
      acceptExternalId: true,
    }
    const app = framework()
    app.post('/raw', createBelvoTokenMiddleware(options))
    // express.json() reads the stream first; the adapter takes its parsed body.
    app.post('/parsed', framework.json(), createBelvoTokenMiddleware(options))
    // A parser for forms in front of every route skips the JSON body (Express 4's sets
    // req.body = {} all the same); the adapter reads the body itself.
    const forms = framework.Router()
    forms.use(framework.urlencoded({ extended: false }))
    forms.post('/token', createBelvoTokenMiddleware(options))
    forms.post('/update', createBelvoTokenMiddleware({ ...options, flow: updateMode() }))
    app.use('/behind-urlencoded', forms)
    server = app.listen(0, '127.0.0.1')
    await once(server, 'listening')
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  const post = (path: string, body: object) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })

  it.each(['/raw', '/parsed', '/behind-urlencoded/token'])(
    'serves { access } on %s and validates the body',
    async (path) => {
      const ok = await post(path, { external_id: 'user_42' })
      const okBody = (await ok.json()) as Record<string, unknown>
      seen.push(JSON.stringify(okBody))
      expect(ok.status).toBe(200)
      expect(Object.keys(okBody)).toEqual(['access'])

      const bad = await post(path, { external_id: 'no' })
      const badBody = (await bad.json()) as { error: { field: string } }
      expect(bad.status).toBe(400)
      expect(badBody.error.field).toBe('external_id')
    },
  )

  it('update mode behind a urlencoded parser: the token is for the link_id the browser sent', async () => {
    const { access } = await createWidgetToken({
      environment: emulator().url,
      secretId: SECRET_ID,
      secretPassword: SECRET_PASSWORD,
    })
    const linkId = await linkSandboxAccount(emulator().url, access)
    const res = await post('/behind-urlencoded/update', { link_id: linkId })
    const body = (await res.json()) as { access: string }
    seen.push(JSON.stringify(body))
    expect(res.status).toBe(200)
    expect(await emulatorAcceptsToken(emulator().url, body.access)).toEqual({
      ok: true,
      updateLinkId: linkId,
    })
  })
})
