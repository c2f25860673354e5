export { createBelvoWidget } from './controller.ts'
export { defineBelvoConfig } from './define.ts'
export { BelvoWidgetError, type BelvoWidgetErrorCode } from './errors.ts'
export { BELVO_INTENT_EVENTS, type BelvoTriggerOptions } from './intent.ts'
export { BELVO_CALLBACK_KEYS, BELVO_SCRIPT_KEYS, type BelvoConfigKind } from './keys.ts'
export { BELVO_SDK_URL, type LoadBelvoSdkOptions, loadBelvoSdk } from './loader.ts'
export {
  type BelvoWidgetCallbacks,
  type BelvoWidgetOptions,
  type BelvoWidgetOptionsSource,
  mergeOptions,
} from './options.ts'
export type { BelvoWidgetController, BelvoWidgetState, BelvoWidgetStatus } from './state.ts'
export type { BelvoTokenSource, BelvoTokenValue } from './token.ts'
export type * from './types.ts'
