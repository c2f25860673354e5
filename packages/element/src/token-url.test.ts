import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { emu, recordEvents, render } from './testing/dom.ts'

const overlays = () => document.querySelectorAll('#belvo').length
const trigger = (el: Element) => el.querySelector('button')!

describe('token-url', () => {
  let server: Server
  let base: string
  const replies: Array<[number, object]> = []
  const requests: string[] = []

  beforeAll(async () => {
    server = createServer((req, res) => {
      // happy-dom asks before a cross-origin POST, as a browser would for a non-simple one.
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { 'access-control-allow-origin': '*' }).end()
        return
      }
      requests.push(`${req.method} ${req.url}`)
      const [status, body] = replies.shift() ?? [404, {}]
      res.writeHead(status, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
      })
      res.end(JSON.stringify(body))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  it('POSTs there and opens with the access token of the reply', async () => {
    const { src } = emu
    replies.push([200, { access: emu.createToken(), refresh: 'r' }])
    const el = render(
      `<belvo-widget token-url="${base}/api/widget-token"><button>Add</button></belvo-widget>`,
    )
    el.src = src
    trigger(el).click()
    await vi.waitFor(() => expect(el.status).toBe('open'))
    expect(requests.at(-1)).toBe('POST /api/widget-token')
    expect(emu.createWidgetCalls).toHaveLength(1)
  })

  it('reports a failed reply as token_failed with the status and the server’s message', async () => {
    const { src } = emu
    const events = recordEvents()
    replies.push([502, { error: { code: 'belvo_unreachable', message: 'Could not reach Belvo.' } }])
    const el = render(
      `<belvo-widget token-url="${base}/api/widget-token"><button>Add</button></belvo-widget>`,
    )
    el.src = src
    trigger(el).click()
    await vi.waitFor(() => expect(el.status).toBe('error'))
    expect(events[0]?.detail).toMatchObject({
      code: 'token_failed',
      message: expect.stringContaining(
        `${base}/api/widget-token answered 502: belvo_unreachable: Could not reach Belvo.`,
      ),
    })
    expect(overlays()).toBe(0)
  })

  it('reports a reply without an access token', async () => {
    const { src } = emu
    const events = recordEvents()
    replies.push([200, { token: 'not-what-belvo-sends' }])
    const el = render(
      `<belvo-widget token-url="${base}/api/widget-token"><button>Add</button></belvo-widget>`,
    )
    el.src = src
    trigger(el).click()
    await vi.waitFor(() => expect(el.status).toBe('error'))
    expect(events[0]?.detail).toMatchObject({
      code: 'token_failed',
      // What it sent is named by its keys, never its values.
      message: `token function failed: ${base}/api/widget-token answered 200: answer { access } or the token as text, not {token}`,
    })
  })

  it('is overridden by the token property', async () => {
    const { src } = emu
    const before = requests.length
    const el = render(
      `<belvo-widget token-url="${base}/api/widget-token"><button>Add</button></belvo-widget>`,
    )
    el.src = src
    el.token = emu.createToken()
    await el.open()
    expect(el.status).toBe('open')
    expect(requests.length).toBe(before)
  })
})
