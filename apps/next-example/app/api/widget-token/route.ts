import { BelvoServerError, createBelvoTokenHandler } from '@belvo-widget/server'
import { isCrossSite } from '../../../lib/same-origin'
import { visitorSession } from '../../../lib/session'

// Next's edge runtime (Fetch-API globals only); remove this line to run on Node instead.
export const runtime = 'edge'

// Keys from BELVO_SECRET_ID / BELVO_SECRET_PASSWORD and the environment from BELVO_ENV, read
// at the first request (so `next build` needs none of them).
export const POST = createBelvoTokenHandler({
  resolveRequest: async (request) => {
    if (isCrossSite(request)) {
      throw new BelvoServerError('invalid_request', 'Cross-site requests are refused.', {
        status: 403,
      })
    }
    // Your authentication goes here: look up the signed-in user and refuse (401) without one.
    // This example only remembers, in a signed cookie, that this browser asked for a token.
    const session = await visitorSession()
    session.tokenIssuedAt = Date.now()
    await session.save()
  },
})
