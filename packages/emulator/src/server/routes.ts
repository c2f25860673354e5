import { apiRoot } from '../api/api-root.handler.ts'
import { dataDetail, listData } from '../api/data.handler.ts'
import { retrieveData } from '../api/data-retrieve.handler.ts'
import { institutionDetail, listInstitutions } from '../api/institutions.handler.ts'
import { registerLink, resumeLink } from '../api/link-register.handler.ts'
import { deleteLink, linkDetail, listLinks, patchLink } from '../api/links.handler.ts'
import { withKeys } from '../api/respond.ts'
import { SDK_SCRIPT_NAMES } from '../sdk/script-names.ts'
import {
  changeFaults,
  listWebhooks,
  loopbackOnly,
  readFaults,
  tryWidget,
} from './control.handler.ts'
import { redirectHosted } from './hosted-redirect.handler.ts'
import { serveFavicon, serveRoot } from './landing.handler.ts'
import type { DataResource } from './link-store.ts'
import { methodNotAllowed, notFound, type Route, route } from './router.ts'
import { refuseMisnamedScript, serveSdkScript } from './sdk-script.handler.ts'
import { issueToken } from './token.handler.ts'
import { createWidgetLink } from './widget-links.handler.ts'
import { startWidgetSession } from './widget-session.handler.ts'

/** A data resource's rows: retrieve (POST), list and detail, e.g. `/api/accounts/`. */
const dataRoutes = (path: string, resource: DataResource): Route[] => [
  route('POST', path, withKeys(retrieveData(resource))),
  route('GET', path, withKeys(listData(resource))),
  route('*', path, withKeys(methodNotAllowed)),
  route('GET', `${path}:id/`, withKeys(dataDetail(resource))),
  route('*', `${path}:id/`, withKeys(methodNotAllowed)),
]

/**
 * Everything the emulator serves over HTTP, first match wins (after the widget routes' origin
 * check and CORS preflights, see `createRouter`). A path's `'*'` row answers the methods
 * listed above it do not.
 */
export const ROUTES: readonly Route[] = [
  // Belvo's CDN: the SDK script.
  ...SDK_SCRIPT_NAMES.map((name) => route(['GET', 'HEAD'], `/${name}`, serveSdkScript)),
  route('*', /^\/belvo-[\w.-]*\.js$/, refuseMisnamedScript),

  // Belvo's API: the token endpoint (secret keys in the body or as Basic auth).
  route('POST', '/api/token/', issueToken),
  route('*', '/api/token/', methodNotAllowed),

  // The emulated widget's own backend (Belvo does not document its widget's internal API).
  route('POST', '/widget/session', startWidgetSession),
  route('POST', '/widget/links', createWidgetLink),

  // The hosted widget (widget.belvo.io) and the landing page.
  route('GET', '/', serveRoot),
  route(['GET', 'HEAD'], '/favicon.ico', serveFavicon),
  route('GET', '/hosted/redirect', redirectHosted),

  // Belvo's data API, HTTP Basic auth with the secret keys.
  route('GET', '/api/', withKeys(apiRoot)),
  route('*', '/api/', withKeys(methodNotAllowed)),
  route('GET', '/api/institutions/', withKeys(listInstitutions)),
  route('*', '/api/institutions/', withKeys(methodNotAllowed)),
  route('GET', '/api/institutions/:id/', withKeys(institutionDetail)),
  route('*', '/api/institutions/:id/', withKeys(methodNotAllowed)),
  route('GET', '/api/links/', withKeys(listLinks)),
  route('POST', '/api/links/', withKeys(registerLink)),
  route('PATCH', '/api/links/', withKeys(resumeLink)),
  route('*', '/api/links/', withKeys(methodNotAllowed)),
  route('GET', '/api/links/:id/', withKeys(linkDetail)),
  route('PATCH', '/api/links/:id/', withKeys(patchLink)),
  route('DELETE', '/api/links/:id/', withKeys(deleteLink)),
  route('*', '/api/links/:id/', withKeys(methodNotAllowed)),
  ...dataRoutes('/api/accounts/', 'ACCOUNTS'),
  ...dataRoutes('/api/transactions/', 'TRANSACTIONS'),
  ...dataRoutes('/api/owners/', 'OWNERS'),
  ...dataRoutes('/api/balances/', 'BALANCES'),

  // The emulator's control routes, for loopback clients only.
  route('GET', '/__emulator/webhooks', loopbackOnly(listWebhooks)),
  route('GET', '/__emulator/try', loopbackOnly(tryWidget)),
  route('POST', '/__emulator/faults', loopbackOnly(changeFaults)),
  route('*', '/__emulator/faults', loopbackOnly(readFaults)),
  route('*', '/__emulator/*', loopbackOnly(notFound)),
]
