import { API_MESSAGES } from '../sandbox/messages.ts'
import { consentFromWidget } from '../sdk/consent.ts'
import type { WidgetConsent } from '../sdk/types.ts'
import { type BelvoApiError, belvoError } from './http.ts'
import { LINK_DEFAULTS } from './link-login.ts'

/** Scopes Belvo documents for widget tokens. */
export const KNOWN_SCOPES = [
  'read_institutions',
  'write_links',
  'read_links',
  'delete_links',
  'read_consents',
  'write_consents',
  'write_consent_callback',
  'delete_consents',
] as const

const RESOURCES = [
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
]

/** The parts of a token request the emulator keeps with the token it issues. */
export interface TokenGrant {
  scopes: string[]
  link_id?: string | undefined
  stale_in: string
  credentials_storage: string
  fetch_resources: string[]
  widget: {
    branding: Record<string, unknown>
    callback_urls: { success?: string; exit?: string; event?: string }
    [key: string]: unknown
  }
}

const M = API_MESSAGES.token_request

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Checks a `POST /api/token/` body (after the keys were checked) the way Belvo answers:
 * a list of field errors with status 400, or the grant to sign.
 */
export function parseTokenRequest(body: Record<string, unknown>): TokenGrant | BelvoApiError[] {
  const errors: BelvoApiError[] = []
  const invalid = (field: string, message: string) =>
    errors.push(belvoError('invalid', message, field))

  let scopes: string[] = []
  const rawScopes = body.scopes
  // Belvo hands out a token without scopes; the widget then fails to start (seeds 001, 003).
  if (rawScopes === undefined || rawScopes === null || rawScopes === '') {
    scopes = []
  } else if (typeof rawScopes === 'string' || Array.isArray(rawScopes)) {
    scopes = (typeof rawScopes === 'string' ? rawScopes.split(',') : rawScopes).map((s) =>
      String(s).trim(),
    )
    const unknown = scopes.filter((s) => !(KNOWN_SCOPES as readonly string[]).includes(s))
    if (unknown.length) invalid('scopes', M.unknown_scopes(unknown))
  } else {
    invalid('scopes', M.scopes)
  }

  const linkId = body.link_id
  if (linkId !== undefined && linkId !== null && (typeof linkId !== 'string' || linkId === '')) {
    invalid('link_id', M.link_id)
  }

  const staleIn = body.stale_in ?? LINK_DEFAULTS.stale_in
  if (typeof staleIn !== 'string' || !/^\d{1,4}d$/.test(staleIn)) {
    invalid('stale_in', M.stale_in)
  }

  const fetchResources = body.fetch_resources ?? []
  if (
    !Array.isArray(fetchResources) ||
    fetchResources.some((r) => typeof r !== 'string' || !RESOURCES.includes(r))
  ) {
    invalid('fetch_resources', M.fetch_resources(RESOURCES))
  }

  const widget = body.widget ?? {}
  let branding: Record<string, unknown> = {}
  const callbackUrls: TokenGrant['widget']['callback_urls'] = {}
  if (!isObject(widget)) {
    invalid('widget', M.widget)
  } else {
    if (widget.branding !== undefined) {
      if (!isObject(widget.branding)) invalid('widget.branding', M.branding)
      else {
        branding = widget.branding
        const color = branding.overlay_background_color
        if (
          color !== undefined &&
          (typeof color !== 'string' || !/^#[0-9a-fA-F]{6}$/.test(color))
        ) {
          invalid('widget.branding.overlay_background_color', M.colour)
        }
      }
    }
    if (widget.callback_urls !== undefined) {
      const urls = widget.callback_urls
      if (!isObject(urls)) invalid('widget.callback_urls', M.callback_urls)
      else {
        for (const key of ['success', 'exit', 'event'] as const) {
          // Deep-link schemes may hold `_` (Belvo's own OFDA example: your_deeplink_here://).
          const url = urls[key]
          if (url === undefined) continue
          if (typeof url !== 'string' || !/^[a-z][\w+.-]*:\S+$/i.test(url)) {
            invalid(`widget.callback_urls.${key}`, M.callback_url)
          } else callbackUrls[key] = url
        }
      }
    }
    for (const scheme of ['color_scheme'] as const) {
      const v = widget[scheme]
      if (v !== undefined && v !== 'LIGHT' && v !== 'DARK')
        invalid(`widget.${scheme}`, M.color_scheme)
    }
    const feature = widget.openfinance_feature
    if (
      feature !== undefined &&
      feature !== 'consent_link_creation' &&
      feature !== 'consent_management'
    ) {
      invalid('widget.openfinance_feature', M.openfinance_feature)
    }
    // Docs disagree on where purpose lives: accept it in widget or widget.consent.
    const consent = isObject(widget.consent) ? widget.consent : undefined
    for (const [field, purpose] of [
      ['widget.purpose', widget.purpose],
      ['widget.consent.purpose', consent?.purpose],
    ] as const) {
      if (purpose !== undefined && (typeof purpose !== 'string' || purpose.length > 600)) {
        errors.push(belvoError('too_long', M.purpose, field))
      }
    }
    const ids = consent?.identification_info
    if (ids !== undefined) {
      if (
        !Array.isArray(ids) ||
        ids.some(
          (i) =>
            !isObject(i) || (i.type !== 'CPF' && i.type !== 'CNPJ') || typeof i.number !== 'string',
        )
      ) {
        invalid('widget.consent.identification_info', M.identification_info)
      }
    }
  }

  if (errors.length) return errors
  return {
    scopes,
    link_id: typeof linkId === 'string' ? linkId : undefined,
    stale_in: staleIn as string,
    credentials_storage:
      typeof body.credentials_storage === 'string'
        ? body.credentials_storage
        : LINK_DEFAULTS.credentials_storage,
    fetch_resources: fetchResources as string[],
    widget: { ...(widget as Record<string, unknown>), branding, callback_urls: callbackUrls },
  }
}

/**
 * The consent step the widget shows for a Brazil Open Finance token
 * (`widget.openfinance_feature: 'consent_link_creation'`), or `undefined` for any other token.
 */
export const consentOf = (grant: TokenGrant): WidgetConsent | undefined =>
  consentFromWidget(grant.widget)
