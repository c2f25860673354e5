import { BelvoServerError } from '@belvo-widget/server'
import { isCrossSite } from './same-origin'
import { visitorSession } from './session'

/**
 * What both token routes do before asking Belvo: refuse a cross-site request (403), and note in
 * the visitor's session that it received a token, so the one link it creates may be claimed.
 * Your authentication goes here: look up the signed-in user and refuse (401) without one.
 */
export async function issueVisitorToken(request: Request): Promise<void> {
  if (isCrossSite(request)) {
    throw new BelvoServerError('invalid_request', 'Cross-site requests are refused.', {
      status: 403,
    })
  }
  const session = await visitorSession()
  session.tokenIssuedAt = Date.now()
  await session.save()
}
