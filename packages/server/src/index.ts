export { type BelvoRequestOptions, belvoRequest } from './belvo-request.ts'
export {
  type BelvoConfig,
  type BelvoConnectionOptions,
  type BelvoEnvironment,
  resolveBelvoBaseUrl,
  resolveBelvoConfig,
} from './config.ts'
export { type CreateWidgetTokenOptions, createWidgetToken } from './create-widget-token.ts'
export { isValidCnpj, isValidCpf } from './documents.ts'
export { BelvoServerError, type BelvoServerErrorCode } from './errors.ts'
export {
  type BelvoFlow,
  MULTI_REGION_SCOPES,
  multiRegion,
  OFDA_SCOPES,
  type OfdaOptions,
  ofda,
  UPDATE_MODE_SCOPES,
  type UpdateModeOptions,
  updateMode,
} from './flows.ts'
export {
  type BelvoTokenHandlerOptions,
  createBelvoTokenHandler,
  type TokenHandlerInput,
} from './handler.ts'
export {
  createBelvoTokenMiddleware,
  type FetchHandler,
  type NodeRequestLike,
  type NodeResponseLike,
  toNodeHandler,
} from './node.ts'
export {
  CONSENT_PERMISSIONS,
  type ConsentPermission,
  FETCH_RESOURCES,
  type FetchResource,
  type IdentificationInfo,
  type WidgetBranding,
  type WidgetConfig,
  type WidgetConsent,
  type WidgetToken,
  type WidgetTokenRequest,
} from './types.ts'
export {
  isValidExternalId,
  isValidLinkId,
  isValidStaleIn,
  validateTokenRequest,
} from './validate.ts'
