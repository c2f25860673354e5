import type { BelvoWidgetError } from './errors.ts'
import { isOwnKey } from './keys.ts'
import type { LoadBelvoSdkOptions } from './loader.ts'
import type { BelvoTokenSource } from './token.ts'
import type { BelvoExitData, BelvoStartupConfig, BelvoWidgetEvent } from './types.ts'

export interface BelvoWidgetCallbacks {
  /**
   * A link was created: store `link` (the link id) server-side and fetch its data from there.
   * Both arguments are strings, as Belvo passes them (not one `{ id, institution }` object).
   */
  onSuccess?: (link: string, institution: string) => void
  /**
   * Belvo's own name for {@link onSuccess}, as Belvo's snippets write it: code moved from a
   * snippet works unchanged. Give one of the two.
   */
  callback?: (link: string, institution: string) => void
  /** The user closed the widget. */
  onExit?: (data: BelvoExitData) => void
  /** Page loads, recoverable errors and warnings inside the widget. Log them with `request_id`. */
  onEvent?: (event: BelvoWidgetEvent) => void
  /**
   * The widget could not open (bad config, token or script failure), or, with
   * `retryInvalidToken`, Belvo refused its fresh token too. Core's callback: Belvo's SDK has no
   * `onError` and never calls one; errors inside the widget arrive as `onEvent` `ERROR` events.
   */
  onError?: (error: BelvoWidgetError) => void
}

/** Everything `createBelvoWidget` accepts: the token, Belvo's startup config, callbacks, script options. */
export interface BelvoWidgetOptions
  extends BelvoStartupConfig,
    BelvoWidgetCallbacks,
    LoadBelvoSdkOptions {
  token?: BelvoTokenSource
  /**
   * When the open widget reports that Belvo refused its token (`ERROR` event
   * `ACCESS_TOKEN_NOT_VALID`: expired while the user took their time, or already used), close it
   * and open again once with a token fresh from the `token` function. A second refusal, or a
   * token given as a string (which cannot be refreshed), ends in `onError` with code
   * `token_invalid`. Off by default: the widget then shows Belvo's own error screen.
   */
  retryInvalidToken?: boolean
}

/** Options, or a getter core calls whenever it needs them (how the bindings pass their props). */
export type BelvoWidgetOptionsSource = BelvoWidgetOptions | (() => BelvoWidgetOptions)

// The entries of `source` that have a value.
const defined = (source?: BelvoWidgetOptions | null) =>
  Object.entries(source ?? {}).filter(([, value]) => value !== undefined)

/**
 * The startup config part of `options`, without `undefined` values: every key but core's own
 * (which `validateConfig` has checked in development; in production a key Belvo added later
 * reaches the widget).
 */
export const pickStartupConfig = (options: BelvoWidgetOptions): BelvoStartupConfig =>
  Object.fromEntries(defined(options).filter(([key]) => !isOwnKey(key)))

/**
 * Merges option objects: later sources win, but an `undefined` value never hides an earlier one,
 * so an unset prop or input falls back to an app-wide default. `callback` and `onSuccess` are one
 * option under two names: a source that gives either replaces both. What the bindings' getters
 * return.
 *
 * @example
 * createBelvoWidget(() => mergeOptions(appDefaults, componentOptions))
 */
export const mergeOptions = (
  ...sources: (BelvoWidgetOptions | null | undefined)[]
): BelvoWidgetOptions =>
  Object.fromEntries(
    sources.flatMap((source) =>
      // Merged under one name. A source giving both keeps both, for validateConfig to refuse.
      defined(source).map(([key, value]) => [
        key === 'callback' && !source!.onSuccess ? 'onSuccess' : key,
        value,
      ]),
    ),
  )
