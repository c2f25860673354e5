import {
  booleanAttribute,
  Directive,
  ElementRef,
  inject,
  input,
  type OutputEmitterRef,
  output,
} from '@angular/core'
import {
  BELVO_INTENT_EVENTS,
  type BelvoExitData,
  type BelvoStartupConfig,
  type BelvoTokenSource,
  type BelvoWidgetError,
  type BelvoWidgetEvent,
  type BelvoWidgetOptions,
  type LoadBelvoSdkOptions,
} from '@belvo-widget/core'
import { BELVO_WIDGET_DEFAULTS } from './defaults'
import { injectBelvoWidget } from './inject-belvo-widget'

// An output and its deprecated twin emit the same value.
const emit = <T>(value: T, ...outputs: OutputEmitterRef<T>[]) => {
  for (const output of outputs) output.emit(value)
}

/** What the `belvoSuccess` output emits. */
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
 * controller needs them: on each open, and callbacks when they fire. The outputs are named like
 * `<belvo-widget>`'s events (`belvoSuccess` ↔ `belvo-success`), so none shadows a DOM event of
 * the host.
 *
 * @example
 * <button
 *   [belvoWidget]="fetchToken"
 *   [config]="{ locale: 'en', country_codes: ['MX'] }"
 *   (belvoSuccess)="linked($event.link)"
 *   (belvoExit)="left($event)"
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
    '[attr.aria-busy]': "status() === 'loading' || null",
  },
})
export class BelvoWidgetDirective {
  /** The access token, or a function returning it (or `{ access }`), sync or async. */
  readonly belvoWidget = input<BelvoTokenSource | '' | undefined>()
  /**
   * Prefetch the token and the script when the user shows intent (pointer over, focus, touch:
   * core's `BELVO_INTENT_EVENTS`), so the widget is on screen as the click lands. Unset, it is
   * `provideBelvoWidget()`'s `prefetchOnIntent`; off when neither says, as in every binding:
   * hovering without clicking costs one token request.
   */
  readonly prefetchOnIntent = input<boolean | undefined, unknown>(undefined, {
    transform: (value: unknown) => (value === undefined ? undefined : booleanAttribute(value)),
  })
  /**
   * Belvo's startup config, the script options (`src`, `nonce`…) and core's `retryInvalidToken`,
   * read on each open.
   */
  readonly config = input<
    BelvoStartupConfig & LoadBelvoSdkOptions & Pick<BelvoWidgetOptions, 'retryInvalidToken'>
  >()

  /** A link was created: `$event.link`, `$event.institution`. */
  readonly belvoSuccess = output<BelvoWidgetSuccess>()
  /**
   * The user closed the widget; `last_encountered_error` says why, when there was an error. The
   * same data stays readable as the `exit()` signal.
   */
  readonly belvoExit = output<BelvoExitData>()
  /** Page loads, warnings and recoverable errors inside the widget. */
  readonly belvoEvent = output<BelvoWidgetEvent>()
  /** The widget could not open: bad config, token or script failure (`$event.code`). */
  readonly belvoError = output<BelvoWidgetError>()

  /** @deprecated Use `(belvoSuccess)`, named like `<belvo-widget>`'s `belvo-success`. */
  readonly success = output<BelvoWidgetSuccess>()
  /** @deprecated Use `(belvoExit)`: `exit` is also the name of the `exit()` signal. */
  readonly exited = output<BelvoExitData>({ alias: 'exit' })
  /** @deprecated Use `(belvoEvent)`. */
  readonly widgetEvent = output<BelvoWidgetEvent>()
  /** @deprecated Use `(belvoError)`. */
  readonly widgetError = output<BelvoWidgetError>()

  readonly #defaults = inject(BELVO_WIDGET_DEFAULTS, { optional: true }) ?? {}

  // The outputs fire, and so do the callbacks given to provideBelvoWidget().
  readonly #widget = injectBelvoWidget(() => {
    const defaults = this.#defaults
    return {
      ...this.config(),
      token: this.belvoWidget() || undefined,
      onSuccess: (link, institution) => {
        emit({ link, institution }, this.belvoSuccess, this.success)
        ;(defaults.onSuccess ?? defaults.callback)?.(link, institution)
      },
      onExit: (data) => {
        emit(data, this.belvoExit, this.exited)
        defaults.onExit?.(data)
      },
      onEvent: (event) => {
        emit(event, this.belvoEvent, this.widgetEvent)
        defaults.onEvent?.(event)
      },
      onError: (error) => {
        emit(error, this.belvoError, this.widgetError)
        defaults.onError?.(error)
      },
    }
  })

  constructor() {
    // Core's intent events, on the host; the click is a host listener above.
    const host: HTMLElement = inject(ElementRef).nativeElement
    const intent = () =>
      (this.prefetchOnIntent() ?? this.#defaults.prefetchOnIntent) && this.#widget.prefetch()
    for (const name of BELVO_INTENT_EVENTS)
      host.addEventListener(name.toLowerCase(), intent, { passive: true })
  }

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
}
