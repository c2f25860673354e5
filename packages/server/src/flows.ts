import { invalidField } from './errors.ts'
import type {
  ConsentPermission,
  IdentificationInfo,
  WidgetConfig,
  WidgetTokenRequest,
} from './types.ts'

/** One of the flows Belvo documents: what the token asks for and what the browser may send. */
export interface BelvoFlow {
  readonly name: 'multi-region' | 'update-mode' | 'ofda'
  /** The token request fields this flow sets. */
  readonly request: WidgetTokenRequest
  /** Whether the browser's body may (or must) carry `link_id`. */
  readonly linkId: 'never' | 'optional' | 'required'
  /**
   * Checks the merged request for what this flow needs (throws an `invalid_request` error)
   * and returns the request to send.
   */
  readonly prepare: (request: WidgetTokenRequest) => WidgetTokenRequest
}

export const MULTI_REGION_SCOPES = 'read_institutions,write_links'
export const UPDATE_MODE_SCOPES = 'read_institutions,write_links,read_links'
export const OFDA_SCOPES =
  'read_institutions,write_links,read_consents,write_consents,write_consent_callback,delete_consents'

/**
 * The multi-region widget (Mexico, Colombia, and Brazil without OFDA): a new link.
 * Scopes `read_institutions,write_links`. This is the default flow.
 *
 * @example
 * ```ts
 * createBelvoTokenHandler({ flow: multiRegion(), request: { stale_in: '90d' } })
 * ```
 */
export function multiRegion(): BelvoFlow {
  return {
    name: 'multi-region',
    request: { scopes: MULTI_REGION_SCOPES },
    linkId: 'never',
    prepare: (request) => request,
  }
}

/** Options of the update-mode flow. */
export interface UpdateModeOptions {
  /**
   * Also accept requests without `link_id`, which then get a multi-region token for a new
   * link: one endpoint for both. Default `false`.
   */
  optional?: boolean
}

/**
 * Update mode: restores a link whose credentials changed or that needs a token.
 * Adds `read_links`; the request must carry `link_id`, sent by the browser (validated as a
 * link id) or set by `resolveRequest`. Check there that the link belongs to the signed-in
 * user: the browser could send any id.
 *
 * @example
 * ```ts
 * createBelvoTokenHandler({
 *   flow: updateMode(),
 *   resolveRequest: async (req, { link_id }) => {
 *     await assertLinkBelongsToUser(req, link_id)
 *   },
 * })
 * ```
 */
export function updateMode(options: UpdateModeOptions = {}): BelvoFlow {
  return {
    name: 'update-mode',
    request: { scopes: UPDATE_MODE_SCOPES },
    linkId: options.optional ? 'optional' : 'required',
    prepare(request) {
      if (request.link_id !== undefined) return request
      if (!options.optional) {
        throw invalidField('link_id', 'is required in update mode: send the link to restore.')
      }
      // No link to restore: a new link needs no read_links.
      return request.scopes === UPDATE_MODE_SCOPES
        ? { ...request, scopes: MULTI_REGION_SCOPES }
        : request
    },
  }
}

/** Options of the Brazil Open Finance (OFDA) flow. */
export interface OfdaOptions {
  /** Your terms and conditions, an https URL. */
  termsAndConditionsUrl: string
  /** Default: all four, `REGISTER, ACCOUNTS, CREDIT_CARDS, CREDIT_OPERATIONS`. */
  permissions?: ConsentPermission[]
  /**
   * Who consents: a CPF, plus the company's CNPJ for a business. Usually per user, so set it
   * in `resolveRequest` rather than here.
   */
  identificationInfo?: IdentificationInfo[]
  /** Why you ask for the data, shown to the user; at most 600 characters. */
  purpose?: string
  /**
   * Deep links for the hosted widget (mobile webviews). Checked as core's `checkCallbackUrls()`
   * does when the handler is created: a scheme with `_` (`your_deeplink_here://`) or a
   * `#fragment` is an `invalid_options` error that says the fix.
   */
  callbackUrls?: NonNullable<WidgetConfig['callback_urls']>
  /** Default `consent_link_creation`. */
  openfinanceFeature?: NonNullable<WidgetConfig['openfinance_feature']>
  defaultConsentDurationDays?: number
}

/**
 * Brazil's regulated Open Finance (OFDA): consent scopes, `widget.consent` and
 * `openfinance_feature`. The final request must carry the terms URL and at least one
 * `identification_info` entry, whose CPF/CNPJ check digits are verified.
 *
 * @example
 * ```ts
 * createBelvoTokenHandler({
 *   flow: ofda({ termsAndConditionsUrl: 'https://example.com/terms' }),
 *   resolveRequest: async (req) => {
 *     const user = await currentUser(req)
 *     return { widget: { consent: { identification_info: [{ type: 'CPF', number: user.cpf, name: user.name }] } } }
 *   },
 * })
 * ```
 */
export function ofda(options: OfdaOptions): BelvoFlow {
  const widget: WidgetConfig = {
    openfinance_feature: options.openfinanceFeature ?? 'consent_link_creation',
    consent: {
      terms_and_conditions_url: options.termsAndConditionsUrl,
      permissions: options.permissions ?? [
        'REGISTER',
        'ACCOUNTS',
        'CREDIT_CARDS',
        'CREDIT_OPERATIONS',
      ],
      ...(options.identificationInfo && { identification_info: options.identificationInfo }),
      ...(options.defaultConsentDurationDays !== undefined && {
        default_consent_duration_days: options.defaultConsentDurationDays,
      }),
    },
    ...(options.purpose !== undefined && { purpose: options.purpose }),
    ...(options.callbackUrls && { callback_urls: options.callbackUrls }),
  }
  return {
    name: 'ofda',
    request: { scopes: OFDA_SCOPES, widget },
    linkId: 'never',
    prepare(request) {
      const consent = request.widget?.consent
      if (!consent?.terms_and_conditions_url) {
        throw invalidField(
          'widget.consent.terms_and_conditions_url',
          'is required for Brazil Open Finance: link your terms (https).',
        )
      }
      if (!consent.identification_info || consent.identification_info.length === 0) {
        throw invalidField(
          'widget.consent.identification_info',
          'is required for Brazil Open Finance: the CPF (and CNPJ for a business) of the user.',
        )
      }
      return request
    },
  }
}
