import type { BelvoStartupConfig, LoadBelvoSdkOptions } from '@belvo-widget/core'
import type { BELVO_CONFIG_KEYS } from '@belvo-widget/core/config'
import type { BelvoWidgetElement } from './element.ts'
import type { BelvoWidgetElementEventMap } from './events.ts'

/** `country_codes` → `country-codes`, `crossOrigin` → `cross-origin`, as the element spells them. */
export type KebabCase<S extends string> = S extends `${infer C}${infer Rest}`
  ? `${C extends '_' ? '-' : C extends Lowercase<C> ? C : `-${Lowercase<C>}`}${KebabCase<Rest>}`
  : S

type ConfigKey = keyof typeof BELVO_CONFIG_KEYS
type AttributeText<K extends ConfigKey> = (typeof BELVO_CONFIG_KEYS)[K] extends 'boolean'
  ? boolean | '' | 'false'
  : (typeof BELVO_CONFIG_KEYS)[K] extends 'list'
    ? string
    : // A closed key (locale, access_mode) keeps its values; others are any text.
      NonNullable<BelvoStartupConfig[K]>

/** The element's own properties that frameworks may set. */
export type BelvoWidgetElementProperties = Partial<
  Pick<
    BelvoWidgetElement,
    | keyof BelvoStartupConfig
    | keyof LoadBelvoSdkOptions
    | 'token'
    | 'options'
    | 'tokenUrl'
    | 'retryInvalidToken'
  >
>

/**
 * What a template may write on `<belvo-widget>`: its attributes in kebab case (`country-codes`,
 * `token-url`, `auto-open`) and its properties under their own names (`country_codes`, `token`).
 */
export type BelvoWidgetElementAttributes = {
  [K in ConfigKey as KebabCase<K>]?: AttributeText<K>
} & {
  src?: string
  nonce?: string
  integrity?: string
  'cross-origin'?: 'anonymous' | 'use-credentials'
  'timeout-ms'?: number | string
  'token-url'?: string
  'auto-open'?: boolean | '' | 'false'
  'prefetch-on-intent'?: boolean | '' | 'false'
  'retry-invalid-token'?: boolean | '' | 'false'
  /** @deprecated Use `prefetch-on-intent`. */
  prefetch?: boolean | '' | 'false'
} & BelvoWidgetElementProperties

type BelvoEvent = Extract<keyof BelvoWidgetElementEventMap, `belvo-${string}`>

/** Event handler props named `<prefix><event name>`, e.g. `onbelvo-success` (React, Svelte). */
export type BelvoWidgetEventProps<Prefix extends string> = {
  [E in BelvoEvent as `${Prefix}${E}`]?: (event: BelvoWidgetElementEventMap[E]) => void
}
