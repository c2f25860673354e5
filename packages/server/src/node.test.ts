import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createBelvoTokenMiddleware, toNodeHandler } from './node.ts'
import { SECRET_ID, SECRET_PASSWORD } from './test/emulator.ts'
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

describe('createBelvoTokenMiddleware under Express', () => {
  let server: Server
  let url: string
  beforeAll(async () => {
    const options = {
      environment: emulator().url,
      secretId: SECRET_ID,
      secretPassword: SECRET_PASSWORD,
      acceptExternalId: true,
    }
    const app = express()
    app.post('/raw', createBelvoTokenMiddleware(options))
    // express.json() reads the stream first; the adapter takes its parsed body.
    app.post('/parsed', express.json(), createBelvoTokenMiddleware(options))
    server = app.listen(0, '127.0.0.1')
    await once(server, 'listening')
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
  })

  it.each(['/raw', '/parsed'])('serves { access } on %s and validates the body', async (path) => {
    const post = (body: object) =>
      fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    const ok = await post({ external_id: 'user_42' })
    const okBody = (await ok.json()) as Record<string, unknown>
    seen.push(JSON.stringify(okBody))
    expect(ok.status).toBe(200)
    expect(Object.keys(okBody)).toEqual(['access'])

    const bad = await post({ external_id: 'no' })
    const badBody = (await bad.json()) as { error: { field: string } }
    expect(bad.status).toBe(400)
    expect(badBody.error.field).toBe('external_id')
  })
})
