/** Resources Belvo can fetch in the background for a new link (`fetch_resources`). */
export const FETCH_RESOURCES = [
  'ACCOUNTS',
  'BALANCES',
  'BILLS',
  'EMPLOYMENTS',
  'EMPLOYMENT_METRICS',
  'EMPLOYMENT_RECORDS',
  'EMPLOYMENT_SCORES',
  'INCOMES',
  'INVESTMENTS',
  'INVOICES',
  'OWNERS',
  'RECURRING_EXPENSES',
  'RISK_INSIGHTS',
  'TAX_COMPLIANCE_STATUS',
  'TAX_DECLARATIONS',
  'TAX_RETENTIONS',
  'TAX_RETURNS',
  'TAX_STATUS',
  'TRANSACTIONS',
] as const
export type FetchResource = (typeof FETCH_RESOURCES)[number]

/** Data a Brazilian Open Finance consent can ask for (`widget.consent.permissions`). */
export const CONSENT_PERMISSIONS = [
  'REGISTER',
  'ACCOUNTS',
  'CREDIT_CARDS',
  'CREDIT_OPERATIONS',
] as const
export type ConsentPermission = (typeof CONSENT_PERMISSIONS)[number]

/** A person (CPF) or a company (CNPJ) the OFDA consent is for. Businesses send both. */
export interface IdentificationInfo {
  type: 'CPF' | 'CNPJ'
  /** Digits only or formatted (`761.092.776-73`); check digits are verified. */
  number: string
  name: string
}

export interface WidgetConsent {
  /** Your terms, an https URL. Required by Brazil OFDA. */
  terms_and_conditions_url?: string
  permissions?: ConsentPermission[]
  identification_info?: IdentificationInfo[]
  /** At most 600 characters. Belvo's pages place `purpose` here or on `widget`; both are checked. */
  purpose?: string
  default_consent_duration_days?: number
}

export interface WidgetBranding {
  company_icon?: string
  company_logo?: string
  company_name?: string
  company_terms_url?: string
  /** `#RRGGBB`. */
  overlay_background_color?: string
  social_proof?: boolean
  show_belvo_middle_logo?: boolean
}

export interface WidgetConfig {
  branding?: WidgetBranding
  color_scheme?: 'LIGHT' | 'DARK'
  theme?: { css_key: string; value: string }[]
  /** Deep links for the hosted widget: `{ success, exit, event }`. */
  callback_urls?: { success?: string; exit?: string; event?: string }
  openfinance_feature?: 'consent_link_creation' | 'consent_management'
  /** At most 600 characters. */
  purpose?: string
  consent?: WidgetConsent
}

/**
 * The token request as Belvo documents it (`POST /api/token/`), without the secret keys,
 * which this package adds. Field names are Belvo's, so its examples can be pasted as they are.
 */
export interface WidgetTokenRequest {
  /** Comma string or list, e.g. `read_institutions,write_links`. */
  scopes?: string | string[]
  /** Update mode: the link to restore. */
  link_id?: string
  /**
   * Your identifier for the user: at least 3 characters of `A-Z a-z 0-9 _ -`, no personal data.
   * Belvo documents it as a widget option; this package forwards it with the token request.
   */
  external_id?: string
  /** How long Belvo keeps the link's data, `<n>d` (Belvo's default is `365d`). */
  stale_in?: string
  fetch_resources?: FetchResource[]
  /** `store`, `nostore`, or a duration such as `30d`. */
  credentials_storage?: string
  widget?: WidgetConfig
}

/** What Belvo answers: two JWTs, valid 10 minutes. Only `access` belongs in a browser. */
export interface WidgetToken {
  access: string
  refresh: string
}
