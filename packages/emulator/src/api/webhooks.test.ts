// Webhooks to a real HTTP receiver on 127.0.0.1: the documented historical_update events,
// in order, retried after a failure, and logged.
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import {
  type RunningEmulator,
  SANDBOX_CREDENTIALS,
  startEmulator,
  type WebhookPayload,
} from '../index.ts'
import { WebhookSender } from './webhooks.ts'

interface Receiver {
  url: string
  received: Array<{ payload: WebhookPayload; status: number; contentType: string | undefined }>
  server: Server
}

/** A webhook endpoint answering each request with the next status of `statuses` (then 200). */
async function receiver(statuses: number[] = []): Promise<Receiver> {
  const received: Receiver['received'] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => {
      body += chunk
    })
    req.on('end', () => {
      const status = statuses.shift() ?? 200
      received.push({ payload: JSON.parse(body), status, contentType: req.headers['content-type'] })
      res.writeHead(status).end()
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/belvo`,
    received,
    server,
  }
}

const cleanup: Array<() => Promise<unknown>> = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
})

async function setup(statuses?: number[]) {
  const hook = await receiver(statuses)
  cleanup.push(() => new Promise((resolve) => hook.server.close(resolve)))
  const emulator = await startEmulator({ port: 0, quiet: true, webhookUrl: hook.url })
  cleanup.push(() => emulator.close())
  return { hook, emulator }
}

const authorization = (emulator: RunningEmulator) =>
  `Basic ${Buffer.from(`${emulator.secretId}:${emulator.secretPassword}`).toString('base64')}`

async function register(emulator: RunningEmulator, extra: Record<string, unknown> = {}) {
  const res = await fetch(`${emulator.url}/api/links/`, {
    method: 'POST',
    headers: { authorization: authorization(emulator) },
    body: JSON.stringify({
      institution: 'erebor_mx_retail',
      ...SANDBOX_CREDENTIALS.success,
      ...extra,
    }),
  })
  expect(res.status).toBe(201)
  return (await res.json()) as { id: string }
}

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for webhooks')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('webhooks', () => {
  it('a new link sends historical_update for accounts, owners and transactions, retrying a failure', async () => {
    const { hook, emulator } = await setup([500])
    const link = await register(emulator, { external_id: 'customer-7' })
    await until(() => hook.received.length === 4)

    const [failed, ...delivered] = hook.received
    expect(failed!.status).toBe(500)
    expect(delivered.map((r) => r.status)).toEqual([200, 200, 200])
    // The retry repeats the same webhook; then the others follow in order.
    expect(delivered[0]!.payload).toEqual(failed!.payload)
    expect(delivered.map((r) => r.payload.webhook_type)).toEqual([
      'ACCOUNTS',
      'OWNERS',
      'TRANSACTIONS',
    ])
    expect(hook.received[0]!.contentType).toBe('application/json')

    const list = async (resource: string) => {
      const res = await fetch(`${emulator.url}/api/${resource}/?link=${link.id}&page_size=1000`, {
        headers: { authorization: authorization(emulator) },
      })
      return ((await res.json()) as { results: Array<{ type: string; value_date: string }> })
        .results
    }
    const transactions = await list('transactions')
    const inflow = transactions.filter((t) => t.type === 'INFLOW').length
    const core = {
      webhook_id: expect.stringMatching(/^[0-9a-f]{32}$/),
      process_type: 'historical_update',
      webhook_code: 'historical_update',
      link_id: link.id,
      request_id: expect.any(String),
      external_id: 'customer-7',
    }
    expect(delivered.map((r) => r.payload)).toEqual([
      {
        ...core,
        webhook_type: 'ACCOUNTS',
        data: { total_accounts: (await list('accounts')).length },
      },
      { ...core, webhook_type: 'OWNERS', data: { total_owners: 1 } },
      {
        ...core,
        webhook_type: 'TRANSACTIONS',
        data: {
          total_transactions: transactions.length,
          total_inflow_transactions: inflow,
          total_outflow_transactions: transactions.length - inflow,
          first_transaction_date: transactions[0]!.value_date,
          last_transaction_date: transactions.at(-1)!.value_date,
        },
      },
    ])

    // The log: one entry per webhook, each attempt with its answer.
    expect(
      emulator.webhooks.map((d) => [
        d.payload.webhook_type,
        d.state,
        d.attempts.map((a) => a.status),
      ]),
    ).toEqual([
      ['ACCOUNTS', 'delivered', [500, 200]],
      ['OWNERS', 'delivered', [200]],
      ['TRANSACTIONS', 'delivered', [200]],
    ])
    const logged = await fetch(`${emulator.url}/__emulator/webhooks`)
    expect(await logged.json()).toEqual(emulator.webhooks)
  })

  it('a single link sends only what its fetch_resources asks for; a fiscal link sends none', async () => {
    const { hook, emulator } = await setup()
    await register(emulator, { access_mode: 'single' })
    await register(emulator, { access_mode: 'single', fetch_resources: ['OWNERS'] })
    await register(emulator, { institution: 'sat_mx_fiscal' })
    await until(
      () => emulator.webhooks.every((d) => d.state !== 'pending') && hook.received.length > 0,
    )
    expect(hook.received.map((r) => r.payload.webhook_type)).toEqual(['OWNERS'])
  })

  it('a receiver that stays down: five attempts, then failed; close() stops retrying', async () => {
    const hook = await receiver([503, 503, 503, 503, 503, 503, 503])
    cleanup.push(() => new Promise((resolve) => hook.server.close(resolve)))
    const payloads = (type: string, link: string) => [
      {
        webhook_id: type,
        webhook_type: type,
        process_type: 'historical_update',
        webhook_code: 'historical_update',
        link_id: link,
        request_id: '1',
        external_id: null,
        data: {},
      },
    ]
    const sender = new WebhookSender(hook.url, () => {}, [10, 10, 10, 10])
    sender.send(payloads('ACCOUNTS', 'a'))
    await sender.settled()
    expect(hook.received.map((r) => r.status)).toEqual([503, 503, 503, 503, 503])
    expect(sender.deliveries.map((d) => [d.state, d.attempts.length])).toEqual([['failed', 5]])

    const slow = new WebhookSender(hook.url, () => {}, [60_000])
    slow.send(payloads('OWNERS', 'b'))
    await until(() => hook.received.length === 6)
    slow.close()
    await slow.settled()
    expect(slow.deliveries.map((d) => [d.state, d.attempts.length])).toEqual([['failed', 1]])
    expect(hook.received).toHaveLength(6)
  })

  it('an invalid webhook URL is refused at start', async () => {
    await expect(
      startEmulator({ port: 0, quiet: true, webhookUrl: 'belvo.example/hook' }),
    ).rejects.toMatchObject({
      code: 'INVALID_OPTION',
      message: expect.stringContaining('webhookUrl'),
    })
  })
})
