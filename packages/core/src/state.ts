import type { BelvoWidgetError } from './errors.ts'
import type { BelvoWidgetOptions } from './options.ts'
import type { BelvoExitData } from './types.ts'

export type BelvoWidgetStatus = 'idle' | 'loading' | 'open' | 'success' | 'exit' | 'error'

export interface BelvoWidgetState {
  /**
   * `idle` nothing open · `loading` fetching the token and the SDK, then building the widget ·
   * `open` the widget is on screen · `success` a link was created · `exit` the user left ·
   * `error` the widget could not open (see `error`).
   */
  status: BelvoWidgetStatus
  error?: BelvoWidgetError
  /** The link id, after `success`. */
  link?: string
  /** The institution code, after `success`. */
  institution?: string
  /** What the user left with, after `exit`. */
  exit?: BelvoExitData
}

/** The controller `createBelvoWidget` returns: what every binding wraps. */
export interface BelvoWidgetController {
  /** The current state; the same object until something changes. */
  getSnapshot(): BelvoWidgetState
  /** Calls `listener` on every state change. Returns the unsubscribe function. */
  subscribe(listener: (state: BelvoWidgetState) => void): () => void
  /**
   * Fetches the token and loads the SDK in parallel, then builds the widget. Does nothing while
   * a widget is loading or open, or where there is no DOM (server rendering: no token is asked
   * for). Never rejects: failures land in `state.error` and `onError`.
   */
  open(): Promise<void>
  /**
   * Starts the token request and the script load without opening, so a later `open()` finds both
   * in hand: call it on intent (pointer over or focus on your button). Does nothing while a
   * prefetch is pending or its token is fresh, while a widget is loading or open, where there is
   * no DOM, or when the browser asks to save data. A prefetched token is used by one open at
   * most, and replaced if it has expired by then. Never rejects or reports: a failed prefetch is
   * tried again by `open()`, which reports through `onError` if it fails too.
   */
  prefetch(): void
  /** Closes the widget (or cancels a pending open) and clears its DOM. No callback fires after. */
  close(): void
  /** `close()`, then drops all listeners; the controller cannot open again. */
  destroy(): void
  /**
   * Merges options; a key given as `undefined` is unset. Callbacks apply at once; token, config
   * and script options on the next `open()`. Replaces a getter given to `createBelvoWidget`.
   */
  setOptions(options: Partial<BelvoWidgetOptions>): void
}
