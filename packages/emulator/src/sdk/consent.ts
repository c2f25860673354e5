import type { WidgetConsent } from './types.ts'

/** Belvo's default consent purpose (seed 000), shown when the token request sets none. */
export const DEFAULT_CONSENT_PURPOSE =
  'Soluções financeiras personalizadas oferecidas por meio de recomendações sob medida, visando melhores ofertas de produtos financeiros e de crédito.'

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined)

/**
 * The consent step for a token request's `widget` object: present only with
 * `openfinance_feature: 'consent_link_creation'` (Brazil Open Finance). Belvo's pages put
 * `purpose` in `widget` or in `widget.consent`; both are read.
 */
export function consentFromWidget(widget: unknown): WidgetConsent | undefined {
  if (!isObject(widget) || widget.openfinance_feature !== 'consent_link_creation') return undefined
  const consent = isObject(widget.consent) ? widget.consent : {}
  const ids = Array.isArray(consent.identification_info) ? consent.identification_info : []
  return {
    purpose: text(consent.purpose) ?? text(widget.purpose) ?? DEFAULT_CONSENT_PURPOSE,
    permissions: Array.isArray(consent.permissions)
      ? consent.permissions.filter((p): p is string => typeof p === 'string')
      : ['REGISTER', 'ACCOUNTS', 'CREDIT_CARDS', 'CREDIT_OPERATIONS'],
    terms_and_conditions_url: text(consent.terms_and_conditions_url),
    identification_info: ids.filter(isObject).map((i) => ({
      type: String(i.type),
      number: String(i.number),
      name: String(i.name ?? ''),
    })),
  }
}
