import type { WebhookSender } from '../api/webhooks.ts'
import type { EmulatorFaults } from './faults.ts'
import type { LinkStore } from './link-store.ts'
import type { EmulatorOptions } from './options.ts'
import type { TokenStore } from './tokens.ts'

/** What every route handler shares: one running emulator's stores, switches and settings. */
export interface EmulatorState {
  readonly options: Readonly<EmulatorOptions>
  readonly secretId: string
  readonly secretPassword: string
  /** The emulator's own base URL, known once it listens. */
  url: string
  /** Fault switches, changed by `setFaults` and `POST /__emulator/faults`. */
  faults: EmulatorFaults
  readonly tokens: TokenStore
  readonly links: LinkStore
  /** Set when `webhookUrl` is. */
  readonly webhooks: WebhookSender | undefined
  /** The request log (a no-op with `quiet`). */
  log(line: string): void
}

/** True when `id` and `password` are the emulator's secret keys. */
export const keysMatch = (state: EmulatorState, id: unknown, password: unknown): boolean =>
  id === state.secretId && password === state.secretPassword
