import { EXTERNAL_ID_RULE, isValidExternalId } from '@belvo-widget/core/config'
import { callbackUrlProblem } from '@belvo-widget/core/hosted'
import { isValidCnpj, isValidCpf } from './documents.ts'
import { invalidField } from './errors.ts'
import {
  CONSENT_PERMISSIONS,
  FETCH_RESOURCES,
  type WidgetConfig,
  type WidgetConsent,
  type WidgetTokenRequest,
} from './types.ts'

const STALE_IN = /^[1-9]\d*d$/
const CREDENTIALS_STORAGE = /^(store|nostore|[1-9]\d*d)$/
const SCOPE = /^[a-z_]+$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const HEX_COLOR = /^#[0-9A-Fa-f]{6}$/
const MAX_PURPOSE = 600

export { isValidExternalId }

/**
 * Whether `value` looks like a Belvo link id (a UUID).
 *
 * @example
 * ```ts
 * isValidLinkId('0d3ffb69-f83b-456e-ad8e-208d0998d71d') // true
 * ```
 */
export function isValidLinkId(value: unknown): boolean {
  return typeof value === 'string' && UUID.test(value)
}

/** Throws the `invalid_request` error for a `link_id` that is not a Belvo link id. */
export function checkLinkId(value: unknown): asserts value is string {
  if (!isValidLinkId(value)) {
    throw invalidField('link_id', `must be a Belvo link id (a UUID), got ${show(value)}.`)
  }
}

/** Throws the `invalid_request` error for an `external_id` against core's rule. */
export function checkExternalId(value: unknown): asserts value is string {
  if (!isValidExternalId(value)) {
    // The value is not repeated: it may be the personal data the rule forbids.
    throw invalidField('external_id', `must be ${EXTERNAL_ID_RULE}.`)
  }
}

/**
 * Whether `value` is a `stale_in` duration: a whole number of days written `<n>d`.
 *
 * @example
 * ```ts
 * isValidStaleIn('300d') // true
 * isValidStaleIn('10m')  // false
 * ```
 */
export function isValidStaleIn(value: unknown): boolean {
  return typeof value === 'string' && STALE_IN.test(value)
}

function isHttpsUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false
  try {
    return new URL(value).protocol === 'https:'
  } catch {
    return false
  }
}

/**
 * The test identities Belvo documents for its sandbox (the OFDA hosted-widget page). Outside
 * production they are accepted as they are, even where their check digits do not match (the
 * CNPJ's do not); in production every CPF and CNPJ must have matching check digits.
 */
export const BELVO_SANDBOX_IDENTITIES = [
  { type: 'CPF', number: '76109277673', name: 'Ralph Bragg' },
  { type: 'CNPJ', number: '50685362006773', name: 'Belvo OF test' },
] as const

/** Options of {@link validateTokenRequest}. */
export interface ValidateOptions {
  /**
   * Where the request goes: `production` (or Belvo's production URL) checks every CPF/CNPJ
   * strictly; anything else (`sandbox`, the emulator) also accepts `BELVO_SANDBOX_IDENTITIES`.
   * Default `sandbox`.
   */
  environment?: string | undefined
}

const isProduction = (environment = 'sandbox') =>
  environment === 'production' || /^https:\/\/api\.belvo\.com\/?$/.test(environment)

const isSandboxIdentity = (type: unknown, number: unknown) =>
  typeof number === 'string' &&
  BELVO_SANDBOX_IDENTITIES.some(
    (id) => id.type === type && id.number === number.replace(/[.\-/\s]/g, ''),
  )

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function checkObject(value: unknown, field: string): asserts value is Record<string, unknown> {
  if (!isPlainObject(value)) throw invalidField(field, 'must be an object.')
}

function checkString(value: unknown, field: string): asserts value is string {
  if (typeof value !== 'string' || value.length === 0) {
    throw invalidField(field, 'must be a non-empty string.')
  }
}

function checkHttpsUrl(value: unknown, field: string): void {
  if (!isHttpsUrl(value)) throw invalidField(field, `must be an https:// URL, got ${show(value)}.`)
}

function checkPurpose(value: unknown, field: string): void {
  if (value === undefined) return
  checkString(value, field)
  if (value.length > MAX_PURPOSE) {
    throw invalidField(field, `must be at most ${MAX_PURPOSE} characters, got ${value.length}.`)
  }
}

function checkOneOf(value: unknown, allowed: readonly string[], field: string): void {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw invalidField(field, `must be one of ${allowed.join(', ')}, got ${show(value)}.`)
  }
}

/** A short, safe rendering of a bad value for an error message. */
function show(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  }
  if (value === undefined || value === null || typeof value !== 'object') return String(value)
  return Array.isArray(value) ? 'an array' : 'an object'
}

function validateConsent(consent: unknown, options: ValidateOptions): void {
  checkObject(consent, 'widget.consent')
  const c = consent as WidgetConsent
  if (c.terms_and_conditions_url !== undefined) {
    checkHttpsUrl(c.terms_and_conditions_url, 'widget.consent.terms_and_conditions_url')
  }
  checkPurpose(c.purpose, 'widget.consent.purpose')
  if (c.permissions !== undefined) {
    if (!Array.isArray(c.permissions) || c.permissions.length === 0) {
      throw invalidField('widget.consent.permissions', 'must be a non-empty list.')
    }
    c.permissions.forEach((p, i) => {
      checkOneOf(p, CONSENT_PERMISSIONS, `widget.consent.permissions[${i}]`)
    })
  }
  if (c.identification_info !== undefined) {
    if (!Array.isArray(c.identification_info) || c.identification_info.length === 0) {
      throw invalidField('widget.consent.identification_info', 'must be a non-empty list.')
    }
    c.identification_info.forEach((info, i) => {
      const field = `widget.consent.identification_info[${i}]`
      checkObject(info, field)
      checkOneOf(info.type, ['CPF', 'CNPJ'], `${field}.type`)
      checkString(info.name, `${field}.name`)
      const valid = info.type === 'CPF' ? isValidCpf(info.number) : isValidCnpj(info.number)
      const sandbox =
        !isProduction(options.environment) && isSandboxIdentity(info.type, info.number)
      if (!valid && !sandbox) {
        throw invalidField(
          `${field}.number`,
          `is not a valid ${info.type}: check its digits (the last two are check digits)${
            isSandboxIdentity(info.type, info.number)
              ? '; it is one of Belvo’s sandbox test identities, which production refuses'
              : ''
          }.`,
        )
      }
    })
  }
  const days = c.default_consent_duration_days
  if (days !== undefined && !(Number.isInteger(days) && days > 0)) {
    throw invalidField(
      'widget.consent.default_consent_duration_days',
      `must be a positive whole number of days, got ${show(days)}.`,
    )
  }
}

function validateWidget(widget: unknown, options: ValidateOptions): void {
  checkObject(widget, 'widget')
  const w = widget as WidgetConfig
  checkPurpose(w.purpose, 'widget.purpose')
  if (w.branding !== undefined) {
    checkObject(w.branding, 'widget.branding')
    const b = w.branding
    for (const key of ['company_terms_url', 'company_icon', 'company_logo'] as const) {
      if (b[key] !== undefined) checkHttpsUrl(b[key], `widget.branding.${key}`)
    }
    if (b.company_name !== undefined) checkString(b.company_name, 'widget.branding.company_name')
    const color: unknown = b.overlay_background_color
    if (color !== undefined && !(typeof color === 'string' && HEX_COLOR.test(color))) {
      throw invalidField(
        'widget.branding.overlay_background_color',
        `must be a colour written #RRGGBB, got ${show(color)}.`,
      )
    }
  }
  if (w.color_scheme !== undefined) {
    checkOneOf(w.color_scheme, ['LIGHT', 'DARK'], 'widget.color_scheme')
  }
  if (w.theme !== undefined) {
    if (!Array.isArray(w.theme)) throw invalidField('widget.theme', 'must be a list.')
    w.theme.forEach((entry, i) => {
      checkObject(entry, `widget.theme[${i}]`)
      if (typeof entry.css_key !== 'string' || !entry.css_key.startsWith('--')) {
        throw invalidField(`widget.theme[${i}].css_key`, 'must be a CSS variable name (`--…`).')
      }
      checkString(entry.value, `widget.theme[${i}].value`)
    })
  }
  if (w.callback_urls !== undefined) {
    checkObject(w.callback_urls, 'widget.callback_urls')
    for (const [key, url] of Object.entries(w.callback_urls)) {
      checkOneOf(key, ['success', 'exit', 'event'], 'widget.callback_urls (key)')
      // The same check as core's checkCallbackUrls(): a scheme with `_` never reaches the app.
      const problem = callbackUrlProblem(url)
      if (problem) throw invalidField(`widget.callback_urls.${key}`, `${problem}.`)
    }
  }
  if (w.openfinance_feature !== undefined) {
    checkOneOf(
      w.openfinance_feature,
      ['consent_link_creation', 'consent_management'],
      'widget.openfinance_feature',
    )
  }
  if (w.consent !== undefined) validateConsent(w.consent, options)
}

/**
 * Checks a token request before anything is sent to Belvo. Throws a `BelvoServerError`
 * (`invalid_request`, status 400) whose `field` names the first field at fault.
 *
 * @example
 * ```ts
 * validateTokenRequest({ stale_in: '90d', fetch_resources: ['ACCOUNTS'] }) // passes
 * validateTokenRequest({ stale_in: '90 days' }) // throws: stale_in must look like 90d
 * ```
 */
export function validateTokenRequest(
  request: WidgetTokenRequest,
  options: ValidateOptions = {},
): void {
  checkObject(request, 'request')
  const { scopes } = request
  if (scopes !== undefined) {
    const list = typeof scopes === 'string' ? scopes.split(',') : scopes
    if (!Array.isArray(list) || list.length === 0 || !list.every((s) => SCOPE.test(s))) {
      throw invalidField('scopes', 'must be scope names such as read_institutions,write_links.')
    }
  }
  if (request.link_id !== undefined) checkLinkId(request.link_id)
  if (request.external_id !== undefined) checkExternalId(request.external_id)
  if (request.stale_in !== undefined && !isValidStaleIn(request.stale_in)) {
    throw invalidField(
      'stale_in',
      `must be a number of days such as 90d, got ${show(request.stale_in)}.`,
    )
  }
  if (request.fetch_resources !== undefined) {
    if (!Array.isArray(request.fetch_resources)) {
      throw invalidField('fetch_resources', 'must be a list such as ["ACCOUNTS", "OWNERS"].')
    }
    request.fetch_resources.forEach((r, i) => {
      checkOneOf(r, FETCH_RESOURCES, `fetch_resources[${i}]`)
    })
  }
  if (
    request.credentials_storage !== undefined &&
    !(
      typeof request.credentials_storage === 'string' &&
      CREDENTIALS_STORAGE.test(request.credentials_storage)
    )
  ) {
    throw invalidField('credentials_storage', 'must be store, nostore, or a duration such as 30d.')
  }
  if (request.widget !== undefined) validateWidget(request.widget, options)
}
