import { API_MESSAGES, BELVO_MESSAGES } from '../sandbox/messages.ts'
import { buildDeepLink, type DeepLinkKind, hostedErrorPage } from './hosted.ts'
import { sendHtml } from './http.ts'
import type { Handler } from './router.ts'

const KINDS: readonly string[] = ['success', 'exit', 'error', 'warning'] satisfies DeepLinkKind[]

/**
 * `GET /hosted/redirect?kind=…&access_token=…`: the hosted widget page's way out, a 302 to the
 * token's `callback_urls` deep link; a page that says why when there is nowhere to go.
 */
export const redirectHosted: Handler = async ({ res, url, emulator }) => {
  const query = url.searchParams
  const kind = query.get('kind') as DeepLinkKind | null
  if (!kind || !KINDS.includes(kind)) {
    return sendHtml(res, 400, hostedErrorPage(...API_MESSAGES.hosted_unknown_outcome))
  }
  const check = await emulator.tokens.check(query.get('access_token'), { allowSpent: true })
  if (!check.ok) {
    // Without a token this emulator can read and knows there is no callback URL to send the
    // user to. A known one that cannot open the widget (spent, expired, no scopes) still has one.
    return sendHtml(
      res,
      401,
      hostedErrorPage('ACCESS_TOKEN_NOT_VALID', BELVO_MESSAGES.ACCESS_TOKEN_NOT_VALID),
    )
  }
  const { grant, linkId } = check.token
  let values: URLSearchParams | Record<string, string | undefined> = query
  if (kind === 'success') {
    // The link comes from the emulator's own record, not from the page.
    const link = linkId ? emulator.links.get(linkId) : undefined
    if (!link) return sendHtml(res, 409, hostedErrorPage(...API_MESSAGES.hosted_no_link))
    values = { link: link.id, institution: link.institution }
  }
  const deepLink = buildDeepLink(kind, grant.widget.callback_urls, values)
  if (!deepLink.ok) {
    return sendHtml(res, 400, hostedErrorPage(API_MESSAGES.hosted_no_callback, deepLink.reason))
  }
  emulator.log(`  hosted ${kind} → ${deepLink.url}`)
  res.writeHead(302, { location: deepLink.url, 'cache-control': 'no-store' }).end()
}
