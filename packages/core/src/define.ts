import type { BELVO_CONFIG_VALUES } from './keys.ts'
import type { BelvoWidgetOptions } from './options.ts'

type Values = typeof BELVO_CONFIG_VALUES
/** The keys whose values Belvo takes from a closed list (`locale`, `country_codes`, …). */
type ClosedKey = keyof Values
type Join<L extends readonly string[]> = L extends readonly [
  infer F extends string,
  ...infer R extends readonly string[],
]
  ? R extends readonly []
    ? `'${F}'`
    : `'${F}' | ${Join<R>}`
  : never

/** The options with the closed keys loosened to `string`, so that a widened value still infers. */
type LooseOptions = {
  [K in keyof BelvoWidgetOptions]?: K extends ClosedKey
    ? NonNullable<BelvoWidgetOptions[K]> extends readonly unknown[]
      ? readonly string[]
      : string
    : BelvoWidgetOptions[K]
}

type Item<V> = V extends readonly (infer I)[] ? I : V

/** For each closed key holding a value wider than Belvo's list: a message saying what to write. */
type Explain<T> = {
  [K in ClosedKey]?: K extends keyof T
    ? [Item<T[K]>] extends [Values[K][number] | undefined]
      ? unknown
      : string extends Item<T[K]>
        ? `${K} takes ${Join<Values[K]>}, and a plain string is wider: write one of them, or narrow the variable (e.g. lang === 'pt' ? 'pt' : 'en')`
        : `${K} takes ${Join<Values[K]>}`
    : unknown
}

/** `T` with its arrays mutable again, as core's option types take them. */
type Options<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer I)[] ? I[] : T[K] }

/**
 * Types a config written apart from the call that uses it, without `as const`: its values keep
 * their literal types (`locale: 'en'`, `institution_types: ['retail']`), so the result passes to
 * `createBelvoWidget` and every binding. A value only known as a `string` (`lang || 'en'`) is an
 * error that says which values the key takes and how to narrow it. Returns `config` as it is.
 * (`const config = { … } satisfies BelvoWidgetOptions` types the same way, with TypeScript's own
 * messages.)
 *
 * @example
 * const config = defineBelvoConfig({ locale: 'en', institution_types: ['retail'] })
 * createBelvoWidget({ ...config, token, onSuccess: saveLink })
 */
export const defineBelvoConfig = <const T extends LooseOptions & Explain<T>>(
  config: T,
): Options<T> => config as Options<T>
