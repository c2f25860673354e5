import { createBelvoTokenHandler, ofda } from '@belvo-widget/server'
import { hostedCallbackUrls } from '../../../lib/hosted'
import { issueVisitorToken } from '../../../lib/visitor-token'

export const runtime = 'edge'

// A Brazil Open Finance (OFDA) token for Belvo's hosted widget page, whose callback URLs bring
// the visitor back to /connected. APP_URL is this app's public address; without it, the page's
// own origin (the browser's Origin header; the request is same-origin, as checked).
export const POST = createBelvoTokenHandler({
  flow: ofda({ termsAndConditionsUrl: 'https://example.com/terms' }),
  resolveRequest: async (request) => {
    await issueVisitorToken(request)
    return {
      widget: {
        callback_urls: hostedCallbackUrls(
          process.env.APP_URL || request.headers.get('origin') || new URL(request.url).origin,
        ),
        // Your signed-in user's CPF goes here; this example uses Belvo's sandbox person.
        consent: {
          identification_info: [{ type: 'CPF', number: '76109277673', name: 'Ralph Bragg' }],
        },
      },
    }
  },
})
