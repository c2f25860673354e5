// Resolved through the `browser` export condition. It is listed in `sideEffects`, so a
// bundle built for a browser keeps it and the page stops at once with this message, instead
// of shipping code meant to hold secret keys. The names mirror the real entry so that
// bundlers link imports to it rather than drop them.
const message =
  '@belvo-widget/server was bundled for a browser. It holds Belvo secret keys and runs on ' +
  'your server only: import it in server code (an API route, a server action, a backend), ' +
  'and fetch your token endpoint from the page.'

function refuse(): never {
  throw new Error(message)
}

refuse()

export const BelvoServerError = refuse
export const belvoRequest = refuse
export const CONSENT_PERMISSIONS = refuse
export const FETCH_RESOURCES = refuse
export const MULTI_REGION_SCOPES = refuse
export const OFDA_SCOPES = refuse
export const UPDATE_MODE_SCOPES = refuse
export const createBelvoTokenHandler = refuse
export const createBelvoTokenMiddleware = refuse
export const createWidgetToken = refuse
export const isValidCnpj = refuse
export const isValidCpf = refuse
export const isValidExternalId = refuse
export const isValidLinkId = refuse
export const isValidStaleIn = refuse
export const multiRegion = refuse
export const ofda = refuse
export const resolveBelvoBaseUrl = refuse
export const resolveBelvoConfig = refuse
export const toNodeHandler = refuse
export const updateMode = refuse
export const validateTokenRequest = refuse
