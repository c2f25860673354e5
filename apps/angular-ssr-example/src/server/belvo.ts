import { type BelvoConfig, resolveBelvoConfig } from '@belvo-widget/server'

/** An account as Belvo's data API returns it (the fields this page shows). */
export interface Account {
  id: string
  name: string
  number: string | null
  currency: string
  balance: { current: number | null }
}

/** A failed Belvo call, with the status this app answers. */
export class BelvoDataError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

// Link creation times on Belvo's clock may run a little behind this server's.
const CLOCK_SKEW_MS = 5 * 60_000

async function belvo<T>(config: BelvoConfig, path: string, init: RequestInit = {}): Promise<T> {
  const response = await config.fetch(`${config.baseUrl}${path}`, {
    ...init,
    headers: {
      authorization: `Basic ${btoa(`${config.secretId}:${config.secretPassword}`)}`,
      'content-type': 'application/json',
      accept: 'application/json',
    },
    signal: AbortSignal.timeout(config.timeoutMs),
  })
  if (response.status === 404) throw new BelvoDataError(404, 'No such link.')
  if (!response.ok) throw new BelvoDataError(502, `Belvo answered ${response.status} to ${path}.`)
  return (await response.json()) as T
}

/**
 * The accounts of `linkId`, read from Belvo with the secret keys, if this visitor created the
 * link: either it is already in `links`, or it was created after `tokenIssuedAt` (the token it
 * was made with). Returns the accounts and whether the link was claimed now.
 */
export async function accountsOfVisitorLink(
  linkId: string,
  visitor: { links?: string[]; tokenIssuedAt?: number },
): Promise<{ accounts: Account[]; claimed: boolean }> {
  const config = resolveBelvoConfig()
  let claimed = false
  if (!visitor.links?.includes(linkId)) {
    const link = await belvo<{ created_at: string }>(
      config,
      `/api/links/${encodeURIComponent(linkId)}/`,
    )
    const since = visitor.tokenIssuedAt
    if (since === undefined || Date.parse(link.created_at) < since - CLOCK_SKEW_MS) {
      throw new BelvoDataError(404, 'No such link.')
    }
    claimed = true
  }
  const accounts = await belvo<Account[]>(config, '/api/accounts/', {
    method: 'POST',
    body: JSON.stringify({ link: linkId }),
  })
  return { accounts, claimed }
}
