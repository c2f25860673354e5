import { isPlatformBrowser } from '@angular/common'
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
}

/**
 * Binds Belvo's Connect widget to the calling component or service: state as signals, `open()`
 * and `close()`, torn down with it. Call it in an injection context (a field initializer or
 * constructor). `options` may be a function: it is read again on every `open()`, so it can read
 * signals and inputs. Options given to `provideBelvoWidget()` apply underneath.
 * On the server nothing runs and `open()` does nothing.
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
  const defaults = inject(BELVO_WIDGET_DEFAULTS, { optional: true })
  const state = signal<BelvoWidgetState>({ status: 'idle' })
  const read = () =>
    mergeOptions(defaults, typeof options === 'function' ? untracked(options) : options)
  const actions = isPlatformBrowser(inject(PLATFORM_ID))
    ? (() => {
        const widget = createBelvoWidget()
        widget.subscribe(state.set)
        inject(DestroyRef).onDestroy(widget.destroy)
        return {
          open: () => {
            // Replace, not merge: an option removed since the last open is unset.
            widget.setOptions(read(), true)
            return widget.open()
          },
          close: widget.close,
        }
      })()
    : { open: () => Promise.resolve(), close: () => {} }
  const field = <K extends keyof BelvoWidgetState>(key: K) => computed(() => state()[key])
  return {
    state: state.asReadonly(),
    status: field('status'),
    error: field('error'),
    link: field('link'),
    institution: field('institution'),
    exit: field('exit'),
    ...actions,
  }
}
