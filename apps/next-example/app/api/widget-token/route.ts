import { createBelvoTokenHandler } from '@belvo-widget/server'
import { issueVisitorToken } from '../../../lib/visitor-token'

// Next's edge runtime (Fetch-API globals only); remove this line to run on Node instead.
export const runtime = 'edge'

// Keys from BELVO_SECRET_ID / BELVO_SECRET_PASSWORD and the environment from BELVO_ENV, read
// at the first request (so `next build` needs none of them). This example has no users: it only
// remembers, in a signed cookie, that this browser asked for a token.
export const POST = createBelvoTokenHandler({
  resolveRequest: async (request) => {
    await issueVisitorToken(request)
  },
})
