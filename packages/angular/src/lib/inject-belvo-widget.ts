import { isPlatformServer } from '@angular/common'
import {
  assertInInjectionContext,
  computed,
  DestroyRef,
  inject,
  PLATFORM_ID,
  type Signal,
  signal,
  untracked,
} from '@angular/core'
import {
  type BelvoExitData,
  type BelvoWidgetError,
  type BelvoWidgetOptions,
  type BelvoWidgetState,
  type BelvoWidgetStatus,
  createBelvoWidget,
  mergeOptions,
} from '@belvo-widget/core'
import { BELVO_WIDGET_DEFAULTS } from './defaults'

/** What `injectBelvoWidget()` returns: the widget's state as signals, and its two actions. */
export interface BelvoWidgetRef {
  /** The whole state; each field below is also its own signal. */
  readonly state: Signal<BelvoWidgetState>
  readonly status: Signal<BelvoWidgetStatus>
  /** Why the widget could not open, when `status` is `'error'`. */
  readonly error: Signal<BelvoWidgetError | undefined>
  /** The link id, when `status` is `'success'`. */
  readonly link: Signal<string | undefined>
  /** The institution code, when `status` is `'success'`. */
  readonly institution: Signal<string | undefined>
  /** What the user left with, when `status` is `'exit'`. */
  readonly exit: Signal<BelvoExitData | undefined>
  /**
   * Fetches the token and loads the SDK in parallel, then shows the widget, with the options as
   * they are now. Never rejects; does nothing on the server.
   */
  open(): Promise<void>
  /** Closes the widget or cancels a pending open. No callback fires after. */
  close(): void
  /**
   * Starts the token request and the script load without opening, so the next `open()` is
   * instant. Spends a token: call it on intent (pointer over, focus), not on load.
   */
  prefetch(): void
}

/**
 * Binds Belvo's Connect widget to the calling component or service: state as signals, `open()`
 * and `close()`, torn down with it. Call it in an injection context (a field initializer or
 * constructor). `options` may be a function: the controller reads it (untracked) when it needs
 * the options, on every `open()` and when a callback fires, so it can read signals and inputs.
 * Options given to `provideBelvoWidget()` apply underneath. On the server `open()` does nothing.
 *
 * @example
 * export class AddAccount {
 *   readonly country = input<'MX' | 'CO'>('MX')
 *   readonly widget = injectBelvoWidget(() => ({
 *     country_codes: [this.country()],
 *     onSuccess: (link) => this.accounts.load(link),
 *   }))
 * }
 * // template: <button (click)="widget.open()" [disabled]="widget.status() === 'loading'">Add bank account</button>
 */
export function injectBelvoWidget(
  options: BelvoWidgetOptions | (() => BelvoWidgetOptions) = {},
): BelvoWidgetRef {
  assertInInjectionContext(injectBelvoWidget)
  // `prefetchOnIntent` is the trigger's (the directive reads it), not an option of the controller.
  const { prefetchOnIntent: _, ...defaults } =
    inject(BELVO_WIDGET_DEFAULTS, { optional: true }) ?? {}
  const server = isPlatformServer(inject(PLATFORM_ID))
  const widget = createBelvoWidget(() =>
    mergeOptions(defaults, typeof options === 'function' ? untracked(options) : options),
  )
  const state = signal<BelvoWidgetState>(widget.getSnapshot())
  widget.subscribe(state.set)
  // destroy() also drops the subscription.
  inject(DestroyRef).onDestroy(widget.destroy)
  const field = <K extends keyof BelvoWidgetState>(key: K) => computed(() => state()[key])
  return {
    state: state.asReadonly(),
    status: field('status'),
    error: field('error'),
    link: field('link'),
    institution: field('institution'),
    exit: field('exit'),
    // Core skips open() where there is no DOM; Angular's server platform may have one (Domino),
    // so the platform decides here.
    open: server ? () => Promise.resolve() : widget.open,
    close: widget.close,
    prefetch: server ? () => {} : widget.prefetch,
  }
}
