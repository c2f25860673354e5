import { randomBytes, randomUUID } from 'node:crypto'
import { accountsForLink, type SandboxLink } from '../sandbox/accounts.ts'
import { findSandboxInstitution } from '../sandbox/institutions.ts'
import { ownersForLink } from '../sandbox/owners.ts'
import { transactionsForLink } from '../sandbox/transactions.ts'

/** The data resources the emulator serves for a link. */
export type DataResource = 'ACCOUNTS' | 'OWNERS' | 'TRANSACTIONS' | 'BALANCES'

/** What a new link is made of; the store adds id, status and timestamps. */
export interface NewLink {
  institution: string
  access_mode: 'single' | 'recurrent'
  external_id: string | null
  created_by: string
  credentials_storage: string
  stale_in: string
  fetch_resources: string[]
  /** Update mode: the id of an existing link to restore under the same id. */
  id?: string | undefined
}

/** A registration paused for an MFA token (`428 token_required`), resumed by `PATCH /api/links/`. */
export interface MfaSession {
  session: string
  link: string
  username: string
  password: string
  /** Epoch milliseconds after which the session cannot be resumed. */
  expiresAt: number
}

/** The id the emulator's links give as `created_by` (the user its tokens name). */
export const EMULATOR_USER_ID = '6e9be884-4781-4143-b673-aca02475ee8c'

/** Seconds a paused registration waits for its MFA token. */
export const MFA_SESSION_SECONDS = 300

/** Resources Belvo loads by itself once a link exists (`historical_update` webhooks). */
const HISTORICAL = ['ACCOUNTS', 'OWNERS', 'TRANSACTIONS'] as const

type Item = { id: string }
type ReadyListener = (link: SandboxLink, loaded: ReadonlyMap<DataResource, readonly Item[]>) => void

/**
 * Every link the emulator knows, however it was made (the emulated widget, the hosted page or
 * `POST /api/links/`), the data saved for each, and registrations waiting for an MFA token.
 */
export class LinkStore {
  readonly #links = new Map<string, SandboxLink>()
  readonly #saved = new Map<string, Map<DataResource, Map<string, Item>>>()
  readonly #sessions = new Map<string, MfaSession>()
  readonly #ready = new Set<ReadyListener>()

  /**
   * Creates a link, or in update mode (`input.id` of a known link) restores it under the same
   * id. A new `valid` link loads its historical data at once and tells `onReady` listeners.
   */
  create(input: NewLink, status: SandboxLink['status'] = 'valid'): SandboxLink {
    const now = new Date().toISOString()
    const previous = input.id ? this.#links.get(input.id) : undefined
    const { id: _, ...fields } = input
    const link: SandboxLink = {
      id: input.id ?? randomUUID(),
      ...fields,
      status,
      created_at: previous?.created_at ?? now,
      last_accessed_at: now,
      institution_user_id: previous?.institution_user_id ?? randomBytes(33).toString('base64'),
      refresh_rate: input.access_mode === 'single' ? null : '7d',
    }
    this.#links.set(link.id, link)
    if (status === 'valid' && !previous) this.#loadHistory(link)
    return link
  }

  /** Marks an `unconfirmed` link valid (its MFA token was right) and loads its history. */
  confirm(id: string): SandboxLink | undefined {
    const link = this.#links.get(id)
    if (!link) return undefined
    if (link.status === 'valid') return link
    const confirmed: SandboxLink = {
      ...link,
      status: 'valid',
      last_accessed_at: new Date().toISOString(),
    }
    this.#links.set(id, confirmed)
    this.#loadHistory(confirmed)
    return confirmed
  }

  get(id: string): SandboxLink | undefined {
    return this.#links.get(id)
  }

  /** All links, oldest first. */
  list(): SandboxLink[] {
    return [...this.#links.values()]
  }

  /** Changes fields Belvo lets you patch (`access_mode`). */
  patch(id: string, fields: Pick<SandboxLink, 'access_mode'>): SandboxLink | undefined {
    const link = this.#links.get(id)
    if (!link) return undefined
    const patched: SandboxLink = {
      ...link,
      ...fields,
      refresh_rate: fields.access_mode === 'single' ? null : (link.refresh_rate ?? '7d'),
    }
    this.#links.set(id, patched)
    return patched
  }

  /** Deletes a link with its saved data and pending sessions. */
  delete(id: string): boolean {
    this.#saved.delete(id)
    for (const [key, session] of this.#sessions) if (session.link === id) this.#sessions.delete(key)
    return this.#links.delete(id)
  }

  /** Keeps `items` as the link's saved data of that resource (what the list endpoints return). */
  save(linkId: string, resource: DataResource, items: readonly Item[]): void {
    const byResource = this.#saved.get(linkId) ?? new Map<DataResource, Map<string, Item>>()
    this.#saved.set(linkId, byResource)
    const saved = byResource.get(resource) ?? new Map<string, Item>()
    byResource.set(resource, saved)
    for (const item of items) saved.set(item.id, item)
  }

  /** Saved items of a resource, for one link or all of them. */
  saved(resource: DataResource, linkId?: string): Item[] {
    const ids = linkId === undefined ? [...this.#saved.keys()] : [linkId]
    return ids.flatMap((id) => [...(this.#saved.get(id)?.get(resource)?.values() ?? [])])
  }

  /** A saved item by its id, whatever its link. */
  find(resource: DataResource, id: string): Item | undefined {
    for (const byResource of this.#saved.values()) {
      const item = byResource.get(resource)?.get(id)
      if (item) return item
    }
    return undefined
  }

  /** Pauses a registration until its MFA token arrives. */
  openSession(link: string, credentials: { username: string; password: string }): MfaSession {
    const session: MfaSession = {
      session: randomBytes(16).toString('hex'),
      link,
      ...credentials,
      expiresAt: Date.now() + MFA_SESSION_SECONDS * 1000,
    }
    this.#sessions.set(session.session, session)
    return session
  }

  /** A paused registration, unless it expired. */
  session(id: string): MfaSession | undefined {
    const session = this.#sessions.get(id)
    if (session && session.expiresAt < Date.now()) this.#sessions.delete(id)
    return this.#sessions.get(id)
  }

  closeSession(id: string): void {
    this.#sessions.delete(id)
  }

  /** Calls `listener` each time a new link's historical data is loaded. Returns an unsubscribe. */
  onReady(listener: ReadyListener): () => void {
    this.#ready.add(listener)
    return () => this.#ready.delete(listener)
  }

  // What Belvo fetches by itself for a new link: the token's or request's `fetch_resources`,
  // or for recurrent links accounts, owners and transactions. Fiscal resources are not emulated.
  #loadHistory(link: SandboxLink): void {
    const requested = link.fetch_resources.length
      ? link.fetch_resources
      : link.access_mode === 'recurrent'
        ? HISTORICAL
        : []
    const bank = findSandboxInstitution(link.institution)?.category === 'bank'
    const loaded = new Map<DataResource, readonly Item[]>()
    for (const resource of HISTORICAL) {
      if (!bank || !requested.includes(resource)) continue
      const items =
        resource === 'ACCOUNTS'
          ? accountsForLink(link)
          : resource === 'OWNERS'
            ? ownersForLink(link)
            : transactionsForLink(link)
      this.save(link.id, resource, items)
      loaded.set(resource, items)
    }
    for (const listener of this.#ready) listener(link, loaded)
  }
}
