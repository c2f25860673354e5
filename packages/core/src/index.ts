export { validateConfig } from './config.ts'
export {
  type BelvoWidget,
  type BelvoWidgetCallbacks,
  type BelvoWidgetOptions,
  type BelvoWidgetState,
  type BelvoWidgetStatus,
  createBelvoWidget,
  mergeOptions,
} from './controller.ts'
export { BelvoWidgetError, type BelvoWidgetErrorCode } from './errors.ts'
export { BELVO_SDK_URL, type LoadBelvoSdkOptions, loadBelvoSdk, preloadBelvoSdk } from './loader.ts'
export type { BelvoTokenSource, BelvoTokenValue } from './token.ts'
export type * from './types.ts'
