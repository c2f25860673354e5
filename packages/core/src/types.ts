/**
 * Types for Belvo's Connect widget contract (Web SDK `belvo-widget-1-stable.js`).
 * Unions of codes stay open (`| (string & {})`) because Belvo adds codes without notice.
 */

/** Countries the multi-region widget serves. OFDA (Brazil Open Finance) accepts `BR` only. */
export type BelvoCountryCode = 'MX' | 'CO' | 'BR'

export type BelvoLocale = 'es' | 'en' | 'pt'

export type BelvoInstitutionType = 'retail' | 'business' | 'fiscal' | 'gig' | 'employment'

export type BelvoResource =
  | 'ACCOUNTS'
  | 'OWNERS'
  | 'TRANSACTIONS'
  | 'BILLS'
  | 'INVOICES'
  | 'TAX_COMPLIANCE_STATUS'
  | 'TAX_DECLARATIONS'
  | 'TAX_RETENTIONS'
  | 'TAX_STATUS'
  | 'EMPLOYMENT_RECORDS'
  | 'EMPLOYMENT_METRICS'
  | 'EMPLOYMENT_SCORES'
  | 'EMPLOYMENTS'
  | (string & {})

/**
 * The widget's startup configuration: the keys Belvo's `createWidget(token, config)` accepts
 * (the same keys are the hosted widget's query parameters).
 */
export interface BelvoStartupConfig {
  /** `'recurrent'` (default) keeps the link refreshing; `'single'` fetches once. */
  access_mode?: 'single' | 'recurrent'
  /** Your id for the end user: at least 3 of `A-Z a-z 0-9 _ -`, never personal data. */
  external_id?: string
  country_codes?: readonly BelvoCountryCode[]
  /** Institution codes to offer, e.g. `['erebor_mx_retail']`. One code opens its login page directly. */
  institutions?: readonly string[]
  /** Legacy singular form of `institutions` shown in Belvo's older docs. */
  institution?: string
  institution_types?: readonly BelvoInstitutionType[]
  /** Only show institutions that support every listed resource. */
  resources?: readonly BelvoResource[]
  /** Widget language, `'es'` by default. OFDA requires `'pt'`. */
  locale?: BelvoLocale
  show_close_dialog?: boolean
  show_abandon_survey?: boolean
  /** `'openfinance'` for Brazil OFDA (older pages say `'openbanking'`). */
  integration_type?: 'openfinance' | 'openbanking' | 'credentials' | (string & {})
  /** `'webapp'`: hosted widget only. */
  mode?: 'webapp' | (string & {})
  company_name?: string
  company_icon?: string
  company_logo?: string
  company_benefit_header?: string
  company_benefit_content?: string
  opportunity_loss?: string
  social_proof?: boolean
}

/** A startup config key. */
export type BelvoStartupConfigKey = keyof BelvoStartupConfig

export type BelvoExitErrorCode =
  | 'institution_down'
  | 'login_error'
  | 'too_many_sessions'
  | 'unexpected_error'
  | 'invalid'
  | (string & {})

export type BelvoWarningCode = 'institution_disabled' | (string & {})

/** What `onExit` receives, normalised from the bare and `{ data: [...] }` shapes. */
export interface BelvoExitData {
  /** Present only when the user met an error before leaving. */
  last_encountered_error?: { code: BelvoExitErrorCode; message: string }
  meta_data?: {
    /** Belvo's institution code, when the user had chosen one. */
    institution_name?: string
    /** `'abandon-survey'` when the user left from the first screen. */
    step?: 'abandon-survey' | (string & {})
  }
}

export interface BelvoErrorEvent {
  eventName: 'ERROR'
  /** Give this to Belvo's support to trace the failure. */
  request_id?: string
  meta_data: {
    error_code: BelvoExitErrorCode | 'ACCESS_TOKEN_NOT_VALID'
    error_message: string
    institution_name?: string
    timestamp?: string
  }
}

export interface BelvoWarningEvent {
  eventName: 'WARNING'
  request_id?: string
  meta_data: {
    warning_code: BelvoWarningCode
    warning_message: string
    institution_name?: string
    timestamp?: string
  }
}

export interface BelvoPageLoadEvent {
  eventName: 'PAGE_LOAD'
  meta_data: {
    /** The page the user moved to, e.g. `'/institutions'`. */
    page: string
    /** The page the user came from. */
    from?: string
    institution_name?: string
  }
}

/**
 * An event whose name Belvo added after these types were written (Belvo adds names without
 * notice). Its `meta_data` is not described, so it is typed `never`: narrow on `eventName` to a
 * documented name first, or read it as `unknown` (`(event as { meta_data?: unknown }).meta_data`).
 */
export interface BelvoOtherEvent {
  eventName: string
  request_id?: string
  meta_data: never
}

/** Event names: the documented ones, and any name Belvo may add. */
export type BelvoWidgetEventName = 'ERROR' | 'WARNING' | 'PAGE_LOAD' | (string & {})

/**
 * What `onEvent` receives, normalised (`meta_data` even where Belvo sent `metadata`): a documented
 * event, narrowed by its `eventName`, or an event Belvo added since.
 */
export type BelvoWidgetEvent =
  | BelvoErrorEvent
  | BelvoWarningEvent
  | BelvoPageLoadEvent
  | BelvoOtherEvent

/** Callbacks of the raw SDK config. */
export interface BelvoSdkCallbacks {
  callback: (link: string, institution: string) => void
  onExit?: (data: unknown) => void
  onEvent?: (data: unknown) => void
}

/**
 * The global `window.belvoSDK` defined by `belvo-widget-1-stable.js`. Core declares no
 * `Window.belvoSDK` of its own (an app's own declaration, `any` or its own type, would clash with
 * it): `loadBelvoSdk()` resolves it typed, and an app that reads the global itself declares it.
 *
 * @example
 * import type { BelvoSdk } from '@belvo-widget/core'
 * declare global {
 *   interface Window {
 *     belvoSDK?: BelvoSdk
 *   }
 * }
 */
export interface BelvoSdk {
  createWidget(
    accessToken: string,
    config: BelvoStartupConfig & BelvoSdkCallbacks,
  ): { build(): void }
}
