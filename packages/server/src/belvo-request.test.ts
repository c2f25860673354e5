import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type RunningEmulator, startEmulator } from '@belvo-widget/emulator'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { belvoRequest } from './belvo-request.ts'
import { createWidgetToken } from './create-widget-token.ts'
import { BelvoServerError } from './errors.ts'
import { linkSandboxAccount, SECRET_ID, SECRET_PASSWORD } from './test/emulator.ts'
import { fetchCheckingThis, startStalledBodyBelvo } from './test/fake-belvo.ts'

let emulator: RunningEmulator
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, quiet: true })
})
afterAll(async () => {
  await emulator?.close()
})

const keys = () => ({
  environment: emulator.url,
  secretId: SECRET_ID,
  secretPassword: SECRET_PASSWORD,
})

async function newLink(): Promise<string> {
  const { access } = await createWidgetToken(keys())
  return linkSandboxAccount(emulator.url, access)
}

async function failure(call: Promise<unknown>): Promise<BelvoServerError> {
  try {
    await call
  } catch (error) {
    return error as BelvoServerError
  }
  throw new Error('expected the call to fail')
}

describe('belvoRequest against the emulator', () => {
  it("reads a link and, with a JSON body, the link's accounts", async () => {
    const linkId = await newLink()
    const link = await belvoRequest<{ id: string; created_at: string }>(
      `/api/links/${linkId}/`,
      keys(),
    )
    expect(link.id).toBe(linkId)
    expect(Date.parse(link.created_at)).toBeLessThanOrEqual(Date.now())
    const accounts = await belvoRequest<{ link: string }[]>('/api/accounts/', {
      ...keys(),
      body: { link: linkId },
    })
    expect(accounts.length).toBeGreaterThan(0)
    expect(accounts.every((account) => account.link === linkId)).toBe(true)
  })

  it('turns a 404 into belvo_not_found with status 404', async () => {
    const error = await failure(
      belvoRequest('/api/links/00000000-0000-4000-8000-000000000000/', keys()),
    )
    expect(error).toBeInstanceOf(BelvoServerError)
    expect(error).toMatchObject({ code: 'belvo_not_found', status: 404 })
    expect(error.message).toContain('GET /api/links/')
  })

  it('turns refused keys into belvo_unauthorized, without the keys in the message', async () => {
    const wrong = 'wrong-password-Qx71'
    const error = await failure(belvoRequest('/api/links/x/', { ...keys(), secretPassword: wrong }))
    expect(error).toMatchObject({ code: 'belvo_unauthorized', status: 502 })
    expect(error.message).not.toContain(wrong)
    expect(error.message).not.toContain(SECRET_ID)
  })

  it('takes only paths of the API, so the keys never go to another host', async () => {
    await expect(belvoRequest('https://elsewhere.example/api/', keys())).rejects.toMatchObject({
      code: 'invalid_options',
    })
  })

  it("reads a link with Cloudflare Workers' fetch, which refuses a foreign `this`", async () => {
    const linkId = await newLink()
    vi.stubGlobal('fetch', fetchCheckingThis(globalThis.fetch))
    try {
      const link = await belvoRequest<{ id: string }>(`/api/links/${linkId}/`, keys())
      expect(link.id).toBe(linkId)
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('times out with belvo_timeout when a 200 answer stalls in its body', async () => {
    const stalled = await startStalledBodyBelvo()
    try {
      const error = await failure(
        belvoRequest('/api/links/', { ...keys(), environment: stalled.url, timeoutMs: 100 }),
      )
      expect(error).toMatchObject({ code: 'belvo_timeout', status: 504 })
      expect(error.message).toMatch(
        /Belvo answered 200 but did not send the whole body within 100 ms/,
      )
    } finally {
      stalled.close()
    }
  })

  it('times out with belvo_timeout when Belvo never answers', async () => {
    const silent = createServer(() => {}).listen(0, '127.0.0.1')
    await once(silent, 'listening')
    const { port } = silent.address() as AddressInfo
    try {
      await expect(
        belvoRequest('/api/links/', {
          ...keys(),
          environment: `http://127.0.0.1:${port}`,
          timeoutMs: 100,
        }),
      ).rejects.toMatchObject({ code: 'belvo_timeout', status: 504 })
    } finally {
      silent.closeAllConnections()
      silent.close()
    }
  })
})
