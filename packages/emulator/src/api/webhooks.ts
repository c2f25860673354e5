import { randomBytes, randomUUID } from 'node:crypto'
import type { SandboxLink } from '../sandbox/accounts.ts'
import type { SandboxTransaction } from '../sandbox/transactions.ts'
import type { DataResource } from '../server/link-store.ts'

/** A webhook Belvo sends about a link (the documented core payload). */
export interface WebhookPayload {
  webhook_id: string
  webhook_type: string
  process_type: string
  webhook_code: string
  link_id: string
  request_id: string
  external_id: string | null
  data: Record<string, unknown>
}

/** One webhook and what became of it, as `GET /__emulator/webhooks` lists it. */
export interface WebhookDelivery {
  url: string
  payload: WebhookPayload
  /** `pending` while attempts remain, then `delivered` (a 2xx answer) or `failed`. */
  state: 'pending' | 'delivered' | 'failed'
  attempts: Array<{ at: string; status?: number; error?: string }>
}

/** Waits before the 2nd, 3rd, 4th and 5th attempts (so five attempts in all). */
export const WEBHOOK_RETRY_DELAYS_MS = [500, 1000, 2000, 4000] as const
/** How long one attempt waits for an answer. */
export const WEBHOOK_TIMEOUT_MS = 5000

/** The `historical_update` webhooks for the data loaded for a new link, in Belvo's order. */
export function historicalUpdates(
  link: SandboxLink,
  loaded: ReadonlyMap<DataResource, readonly unknown[]>,
): WebhookPayload[] {
  const payload = (type: string, data: Record<string, unknown>): WebhookPayload => ({
    webhook_id: randomBytes(16).toString('hex'),
    webhook_type: type,
    process_type: 'historical_update',
    webhook_code: 'historical_update',
    link_id: link.id,
    request_id: randomUUID(),
    external_id: link.external_id,
    data,
  })
  const out: WebhookPayload[] = []
  const accounts = loaded.get('ACCOUNTS')
  if (accounts) out.push(payload('ACCOUNTS', { total_accounts: accounts.length }))
  const owners = loaded.get('OWNERS')
  if (owners) out.push(payload('OWNERS', { total_owners: owners.length }))
  const transactions = loaded.get('TRANSACTIONS') as readonly SandboxTransaction[] | undefined
  if (transactions) {
    const inflow = transactions.filter((t) => t.type === 'INFLOW').length
    out.push(
      payload('TRANSACTIONS', {
        total_transactions: transactions.length,
        total_inflow_transactions: inflow,
        total_outflow_transactions: transactions.length - inflow,
        first_transaction_date: transactions[0]?.value_date ?? null,
        last_transaction_date: transactions.at(-1)?.value_date ?? null,
      }),
    )
  }
  return out
}

/**
 * Posts webhooks to one URL: each link's webhooks in order, each retried on a non-2xx answer,
 * a network error or a timeout, and every attempt kept in {@link deliveries}.
 */
export class WebhookSender {
  readonly #deliveries: WebhookDelivery[] = []
  readonly #queues = new Map<string, Promise<void>>()
  readonly #waits = new Map<ReturnType<typeof setTimeout>, () => void>()
  readonly #aborts = new Set<AbortController>()
  #closed = false

  constructor(
    private readonly url: string,
    private readonly log: (line: string) => void,
    private readonly retryDelaysMs: readonly number[] = WEBHOOK_RETRY_DELAYS_MS,
  ) {}

  /** Queues webhooks about one link; they go out one after another. */
  send(payloads: readonly WebhookPayload[]): void {
    for (const payload of payloads) {
      const delivery: WebhookDelivery = { url: this.url, payload, state: 'pending', attempts: [] }
      this.#deliveries.push(delivery)
      const queue = this.#queues.get(payload.link_id) ?? Promise.resolve()
      const next = queue.then(() => this.#deliver(delivery))
      this.#queues.set(payload.link_id, next)
      void next.then(() => {
        if (this.#queues.get(payload.link_id) === next) this.#queues.delete(payload.link_id)
      })
    }
  }

  /** Every webhook queued so far, oldest first (copies). */
  get deliveries(): WebhookDelivery[] {
    return this.#deliveries.map((d) => ({ ...d, attempts: d.attempts.map((a) => ({ ...a })) }))
  }

  /** Resolves once every queued webhook is delivered or has failed for good. */
  async settled(): Promise<void> {
    while (this.#queues.size) await Promise.all(this.#queues.values())
  }

  /** Stops retrying and aborts requests in flight; pending webhooks end as `failed`. */
  close(): void {
    this.#closed = true
    for (const [timer, resolve] of this.#waits) {
      clearTimeout(timer)
      resolve()
    }
    this.#waits.clear()
    for (const abort of this.#aborts) abort.abort()
  }

  async #deliver(delivery: WebhookDelivery): Promise<void> {
    const { webhook_type: type } = delivery.payload
    for (let attempt = 0; attempt <= this.retryDelaysMs.length; attempt++) {
      if (attempt > 0) await this.#wait(this.retryDelaysMs[attempt - 1]!)
      if (this.#closed) break
      const at = new Date().toISOString()
      const abort = new AbortController()
      const timer = setTimeout(() => abort.abort(), WEBHOOK_TIMEOUT_MS)
      this.#aborts.add(abort)
      try {
        const res = await fetch(this.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'belvo-emulator' },
          body: JSON.stringify(delivery.payload),
          signal: abort.signal,
        })
        await res.body?.cancel()
        delivery.attempts.push({ at, status: res.status })
        this.log(`  webhook ${type} ${delivery.payload.webhook_code} → ${this.url}: ${res.status}`)
        if (res.ok) {
          delivery.state = 'delivered'
          return
        }
      } catch (error) {
        const message = abort.signal.aborted
          ? `no answer within ${WEBHOOK_TIMEOUT_MS} ms`
          : ((error as { cause?: { code?: string } }).cause?.code ?? String(error))
        delivery.attempts.push({ at, error: message })
        this.log(`  webhook ${type} → ${this.url}: ${message}`)
      } finally {
        clearTimeout(timer)
        this.#aborts.delete(abort)
      }
    }
    delivery.state = 'failed'
  }

  #wait(ms: number): Promise<void> {
    if (this.#closed) return Promise.resolve()
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#waits.delete(timer)
        resolve()
      }, ms)
      this.#waits.set(timer, resolve)
    })
  }
}
