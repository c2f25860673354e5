import { BelvoServerError, belvoRequest } from '@belvo-widget/server'

/** An account as Belvo's data API returns it (the fields this page shows). */
export interface Account {
  id: string
  name: string
  number: string | null
  currency: string
  balance: { current: number | null }
}

/** Links this visitor created, as its session cookie records them. */
export interface VisitorLinks {
  /** Link ids this visitor created with the widget. */
  links?: string[]
  /** When this visitor last received a widget token: the one link it creates may be claimed. */
  tokenIssuedAt?: number
}

// Link creation times on Belvo's clock may run a little behind this server's.
const CLOCK_SKEW_MS = 5 * 60_000

/**
 * The accounts of `linkId`, read from Belvo with the secret keys, if this visitor created the
 * link: either it is already in `visitor.links`, or it was created after `tokenIssuedAt` (with
 * the token this visitor was given). Anything else is `belvo_not_found`, as if there were no
 * such link. `claimed` tells the caller to record the link and forget the token time.
 */
export async function accountsOfVisitorLink(
  linkId: string,
  visitor: VisitorLinks,
): Promise<{ accounts: Account[]; claimed: boolean }> {
  const known = visitor.links?.includes(linkId) ?? false
  if (!known) {
    const link = await belvoRequest<{ created_at: string }>(`/api/links/${linkId}/`)
    const since = visitor.tokenIssuedAt
    if (since === undefined || Date.parse(link.created_at) < since - CLOCK_SKEW_MS) {
      throw new BelvoServerError('belvo_not_found', 'No such link for this visitor.')
    }
  }
  const accounts = await belvoRequest<Account[]>('/api/accounts/', { body: { link: linkId } })
  return { accounts, claimed: !known }
}
