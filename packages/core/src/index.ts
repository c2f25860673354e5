export { validateConfig } from './config.ts'
export {
  type BelvoWidgetCallbacks,
  type BelvoWidgetController,
  type BelvoWidgetOptions,
  type BelvoWidgetOptionsSource,
  type BelvoWidgetState,
  type BelvoWidgetStatus,
  createBelvoWidget,
  mergeOptions,
} from './controller.ts'
export { defineBelvoConfig } from './define.ts'
export { BelvoWidgetError, type BelvoWidgetErrorCode } from './errors.ts'
export { BELVO_INTENT_EVENTS, type BelvoTriggerOptions } from './intent.ts'
export {
  BELVO_CALLBACK_KEYS,
  BELVO_CONFIG_KEYS,
  BELVO_CONFIG_VALUES,
  BELVO_SCRIPT_KEYS,
  type BelvoConfigKind,
} from './keys.ts'
export { BELVO_SDK_URL, type LoadBelvoSdkOptions, loadBelvoSdk, preloadBelvoSdk } from './loader.ts'
export type { BelvoTokenSource, BelvoTokenValue } from './token.ts'
export type * from './types.ts'
