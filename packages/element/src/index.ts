export {
  type BelvoCountryCode,
  type BelvoExitData,
  type BelvoInstitutionType,
  type BelvoLocale,
  type BelvoResource,
  type BelvoStartupConfig,
  type BelvoTokenSource,
  type BelvoTokenValue,
  BelvoWidgetError,
  type BelvoWidgetErrorCode,
  type BelvoWidgetEvent,
  type BelvoWidgetOptions,
  type BelvoWidgetState,
  type BelvoWidgetStatus,
  preloadBelvoSdk,
} from '@belvo-widget/core'
export {
  type BelvoSuccessDetail,
  BelvoWidgetElement,
  type BelvoWidgetElementEventMap,
  type BelvoWidgetElementOptions,
} from './element.ts'
