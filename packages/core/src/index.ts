export { validateConfig } from './config.ts'
export {
  type BelvoWidget,
  type BelvoWidgetCallbacks,
  type BelvoWidgetOptions,
  type BelvoWidgetState,
  type BelvoWidgetStatus,
  createBelvoWidget,
  pickStartupConfig,
} from './controller.ts'
export { BelvoWidgetError, type BelvoWidgetErrorCode } from './errors.ts'
export { BELVO_SDK_URL, type LoadBelvoSdkOptions, loadBelvoSdk, preloadBelvoSdk } from './loader.ts'
export { normalizeEvents, normalizeExit } from './normalize.ts'
export {
  type BelvoTokenSource,
  type BelvoTokenValue,
  getTokenExpiry,
  isTokenExpired,
  resolveToken,
} from './token.ts'
export type * from './types.ts'
