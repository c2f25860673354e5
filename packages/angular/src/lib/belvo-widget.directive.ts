import { booleanAttribute, Directive, input, output } from '@angular/core'
import type {
  BelvoExitData,
  BelvoStartupConfig,
  BelvoTokenSource,
  BelvoWidgetError,
  BelvoWidgetEvent,
  LoadBelvoSdkOptions,
} from '@belvo-widget/core'
import { injectBelvoWidget } from './inject-belvo-widget'

/** What the `success` output emits. */
export interface BelvoWidgetSuccess {
  /** The link id: send it to your server and fetch the data from there. */
  link: string
  /** The institution code. */
  institution: string
}

/**
 * Opens Belvo's Connect widget when its host is clicked. The value is the access token or, better,
 * a function that fetches one (it may be left empty when `provideBelvoWidget()` gives `token`).
 * Export it as `belvoWidget` to read `status()` or call `open()`/`close()` from the template.
 * Everything is torn down with the host; nothing runs on the server. Inputs are read when the
 * controller needs them: on each open, and callbacks when they fire.
 *
 * @example
 * <button
 *   [belvoWidget]="fetchToken"
 *   [config]="{ locale: 'en', country_codes: ['MX'] }"
 *   (success)="linked($event.link)"
 *   (exit)="left($event)"
 *   #widget="belvoWidget"
 *   [disabled]="widget.status() === 'loading'"
 * >
 *   {{ widget.status() === 'loading' ? 'Opening…' : 'Add bank account' }}
 * </button>
 */
@Directive({
  selector: '[belvoWidget]',
  exportAs: 'belvoWidget',
  host: {
    '(click)': 'open()',
    '(pointerenter)': 'intent()',
    '(focus)': 'intent()',
    '(touchstart)': 'intent()',
    '[attr.aria-busy]': "status() === 'loading' || null",
  },
})
export class BelvoWidgetDirective {
  /** The access token, or a function returning it (or `{ access }`), sync or async. */
  readonly belvoWidget = input<BelvoTokenSource | '' | undefined>()
  /**
   * Prefetch the token and the script when the user shows intent (pointer over, focus, touch),
   * so the widget is on screen as the click lands. Off by default: hovering without clicking
   * costs one token request (tokens live 10 minutes; hovering again within them costs nothing).
   */
  readonly prefetchOnIntent = input(false, { transform: booleanAttribute })
  /** Belvo's startup config and the script options (`src`, `nonce`…), read on each open. */
  readonly config = input<BelvoStartupConfig & LoadBelvoSdkOptions>()

  /** A link was created. */
  readonly success = output<BelvoWidgetSuccess>()
  /**
   * `(exit)`: the user closed the widget; `last_encountered_error` says why, when there was an
   * error. The same data stays readable as the `exit()` signal.
   */
  readonly exited = output<BelvoExitData>({ alias: 'exit' })
  /** Page loads, warnings and recoverable errors inside the widget. */
  readonly widgetEvent = output<BelvoWidgetEvent>()
  /** The widget could not open: bad config, token or script failure. */
  readonly widgetError = output<BelvoWidgetError>()

  readonly #widget = injectBelvoWidget(() => ({
    ...this.config(),
    token: this.belvoWidget() || undefined,
    onSuccess: (link, institution) => this.success.emit({ link, institution }),
    onExit: (data) => this.exited.emit(data),
    onEvent: (event) => this.widgetEvent.emit(event),
    onError: (error) => this.widgetError.emit(error),
  }))

  readonly state = this.#widget.state
  readonly status = this.#widget.status
  readonly error = this.#widget.error
  readonly link = this.#widget.link
  readonly institution = this.#widget.institution
  readonly exit = this.#widget.exit

  /** Shows the widget (what a click on the host does). Never rejects. */
  open(): Promise<void> {
    return this.#widget.open()
  }

  /** Closes the widget or cancels a pending open. */
  close(): void {
    this.#widget.close()
  }

  /** Starts the token request and the script load without opening (see `prefetchOnIntent`). */
  prefetch(): void {
    this.#widget.prefetch()
  }

  protected intent(): void {
    if (this.prefetchOnIntent()) this.#widget.prefetch()
  }
}
