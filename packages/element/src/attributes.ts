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
