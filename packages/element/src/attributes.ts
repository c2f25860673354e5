import { BELVO_SCRIPT_KEYS, type BelvoConfigKind } from '@belvo-widget/core'
import { BELVO_CONFIG_KEYS } from '@belvo-widget/core/config'

/** How an attribute's text becomes its property's value. */
export type AttributeKind = BelvoConfigKind | 'number'

/**
 * Every attribute-backed property and its kind: Belvo's startup config and the script options
 * (from core's key lists, so a key added there is an attribute here), then the element's own.
 */
export const PROPERTY_KINDS: Record<string, AttributeKind> = {
  ...BELVO_CONFIG_KEYS,
  ...Object.fromEntries(
    BELVO_SCRIPT_KEYS.map((key) => [key, key === 'timeoutMs' ? 'number' : 'string']),
  ),
  // Core's own switch, passed to the controller.
  retryInvalidToken: 'boolean',
  tokenUrl: 'string',
  autoOpen: 'boolean',
  prefetchOnIntent: 'boolean',
  // Deprecated name of prefetchOnIntent.
  prefetch: 'boolean',
}

/** The element's own properties, which are not options of core's controller. */
export const ELEMENT_KEYS = ['tokenUrl', 'autoOpen', 'prefetchOnIntent', 'prefetch']

/** `country_codes` → `country-codes`, `crossOrigin` → `cross-origin`. */
export const attributeName = (key: string): string =>
  key.replace(/[A-Z]/g, '-$&').replace(/_/g, '-').toLowerCase()

/**
 * An attribute's value as its property reads it: `undefined` when absent; a list is
 * comma-separated; a boolean is true when present, unless it says `"false"`.
 */
export const parseAttribute = (value: string | null, kind: AttributeKind): unknown =>
  value === null
    ? undefined
    : kind === 'boolean'
      ? value !== 'false'
      : kind === 'list'
        ? value
            .split(',')
            .map((item) => item.trim())
            .filter(Boolean)
        : kind === 'number'
          ? Number(value)
          : value

/** A property value as its attribute's text: `null` removes the attribute. */
export const formatAttribute = (value: unknown, kind: AttributeKind): string | null =>
  value == null ? null : kind === 'boolean' ? (value ? '' : 'false') : String(value)

/** The element's own attribute-backed properties, beside Belvo's config and the script options. */
export interface BelvoWidgetElementAttributes {
  /**
   * Where to POST for a token (`token-url`): relative to the page, with its cookies; the reply's
   * `access` is used. A failed reply is a `belvo-error` with code `token_failed`.
   */
  tokenUrl?: string
  /**
   * When Belvo refuses the token inside the open widget (`retry-invalid-token`): close it and open
   * again once with a fresh token from `token-url` or the `token` function (core's
   * `retryInvalidToken`). A second refusal, or a token given as a string, is a `belvo-error`
   * with code `token_invalid`. Off by default.
   */
  retryInvalidToken?: boolean
  /** Open as soon as the element is in the page (`auto-open`), like Belvo's snippet. */
  autoOpen?: boolean
  /**
   * Start the token request and the script load when the user shows intent
   * (`prefetch-on-intent`): the pointer over the trigger, focus on it, or a touch (core's
   * `BELVO_INTENT_EVENTS`). The widget is then on screen as the click lands; a user who hovers
   * and never clicks has cost one token request. Off by default, as in every binding.
   */
  prefetchOnIntent?: boolean
  /** @deprecated Use `prefetchOnIntent` (`prefetch-on-intent`), the name every binding uses. */
  prefetch?: boolean
}
