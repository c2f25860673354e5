import { BelvoServerError, createBelvoTokenHandler, ofda } from '@belvo-widget/server'
import { hostedCallbackUrls } from '../../../lib/hosted'
import { isCrossSite } from '../../../lib/same-origin'
import { visitorSession } from '../../../lib/session'

export const runtime = 'edge'

// A Brazil Open Finance (OFDA) token for Belvo's hosted widget page, whose callback URLs bring
// the visitor back to /connected. APP_URL is this app's public address; without it, the page's
// own origin (the browser's Origin header; the request is same-origin, as checked below).
export const POST = createBelvoTokenHandler({
  flow: ofda({ termsAndConditionsUrl: 'https://example.com/terms' }),
  resolveRequest: async (request) => {
    if (isCrossSite(request)) {
      throw new BelvoServerError('invalid_request', 'Cross-site requests are refused.', {
        status: 403,
      })
    }
    const session = await visitorSession()
    session.tokenIssuedAt = Date.now()
    await session.save()
    return {
      widget: {
        callback_urls: hostedCallbackUrls(
          process.env.APP_URL ?? request.headers.get('origin') ?? new URL(request.url).origin,
        ),
        // Your signed-in user's CPF goes here; this example uses Belvo's sandbox person.
        consent: {
          identification_info: [{ type: 'CPF', number: '76109277673', name: 'Ralph Bragg' }],
        },
      },
    }
  },
})
