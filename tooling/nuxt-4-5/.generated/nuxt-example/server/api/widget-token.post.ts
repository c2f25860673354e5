import { createBelvoTokenHandler } from '@belvo-widget/server'

// Keys from BELVO_SECRET_ID / BELVO_SECRET_PASSWORD and the environment from BELVO_ENV, read
// at the first request (so `nuxt build` needs none of them).
const widgetToken = createBelvoTokenHandler()

export default defineEventHandler(async (event) => {
  const request = toWebRequest(event)
  if (isCrossSite(request)) {
    setResponseStatus(event, 403)
    return { error: { code: 'invalid_request', message: 'Cross-site requests are refused.' } }
  }
  // Your authentication goes here: look up the signed-in user and refuse (401) without one.
  // This example only remembers, in a sealed cookie, that this browser asked for a token.
  const response = await widgetToken(request)
  if (response.ok) await (await visitorSession(event)).update({ tokenIssuedAt: Date.now() })
  return response
})
