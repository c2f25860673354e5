import {
  BELVO_INTENT_EVENTS,
  type BelvoStartupConfig,
  type BelvoTokenSource,
  type BelvoWidgetController,
  type BelvoWidgetOptions,
  type BelvoWidgetState,
  type BelvoWidgetStatus,
  createBelvoWidget,
  type LoadBelvoSdkOptions,
  mergeOptions,
} from '@belvo-widget/core'
import {
  attributeName,
  type BelvoWidgetElementAttributes,
  ELEMENT_KEYS,
  formatAttribute,
  PROPERTY_KINDS,
  parseAttribute,
} from './attributes.ts'
import type {
  BelvoSuccessDetail,
  BelvoWidgetElementEventMap,
  BelvoWidgetElementOptions,
  BelvoWidgetElementState,
} from './events.ts'

// Without a DOM (Node, server rendering) the class still evaluates, so the module imports
// cleanly; it is only ever constructed by a browser's custom element registry.
const Base = (typeof HTMLElement === 'function' ? HTMLElement : class {}) as typeof HTMLElement

/**
 * Belvo's Connect widget as a custom element, unregistered: `@belvo-widget/element/define`
 * registers it as `<belvo-widget>`; or `customElements.define('my-tag', BelvoWidgetElement)`.
 *
 * A click on its trigger (the child with `slot="trigger"`, else any child) opens the widget; the
 * token comes from the `token` property or a POST to `token-url`; Belvo's startup config from
 * kebab-case attributes (`country-codes="MX,CO"`) or properties (`el.country_codes = ['MX']`).
 * Removing the element closes the widget; moving it keeps the widget open. With
 * `prefetch-on-intent`, the token request and the script load start when the user points at,
 * focuses or touches the trigger. The element renders its children as they are.
 *
 * @summary Belvo's Connect widget: opens on a click on its trigger, reports through events.
 * @slot trigger - The control that opens the widget, e.g. `<button slot="trigger" type="button">`; a submit or reset button is made `type="button"`, so it never submits a form.
 * @slot - Without a `trigger` child, a click on any child opens the widget.
 * @fires {CustomEvent<{ link: string; institution: string }>} belvo-success - A link was created: `detail.link`, `detail.institution`.
 * @fires {CustomEvent<BelvoExitData>} belvo-exit - The user closed the widget; `detail` says why.
 * @fires {CustomEvent<BelvoWidgetEvent>} belvo-event - Page loads, errors and warnings inside the widget.
 * @fires {CustomEvent<BelvoWidgetError>} belvo-error - The widget could not open; `detail` is the typed error (`detail.code`).
 * @cssstate idle - Nothing open (also `loading`, `open`, `success`, `exit`, `error`: the `status`).
 * @cssstate loading - Fetching the token and the SDK, then building the widget.
 * @cssstate open - The widget is on screen.
 * @cssstate success - A link was created.
 * @cssstate exit - The user left the widget.
 * @cssstate error - The widget could not open.
 *
 * @example
 * ```html
 * <belvo-widget token-url="/api/widget-token" locale="en" country-codes="MX,CO">
 *   <button slot="trigger" type="button">Add bank account</button>
 * </belvo-widget>
 * ```
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface below types the properties the static block defines.
export class BelvoWidgetElement extends Base {
  readonly #widget: BelvoWidgetController
  readonly #internals?: ElementInternals
  // The token function for the current `token-url`, kept so that core sees the same source (and
  // reuses a prefetched token). Core reads the Response: `access`, or the route's error message.
  #tokenUrl?: [string, () => Promise<Response>]
  #token?: BelvoTokenSource
  #extra?: BelvoWidgetElementOptions
  // Out of the page since a disconnect whose check has not run yet: nothing is reported meanwhile.
  #leaving?: boolean

  static {
    // A property per attribute (`country_codes` ↔ `country-codes`), reading and writing the
    // attribute. `nonce` keeps the browser's own, which survives the page hiding the attribute.
    for (const [key, kind] of Object.entries(PROPERTY_KINDS)) {
      const name = attributeName(key)
      if (!(key in Base.prototype))
        Object.defineProperty(BelvoWidgetElement.prototype, key, {
          get(this: HTMLElement) {
            return parseAttribute(this.getAttribute(name), kind)
          },
          set(this: HTMLElement, value: unknown) {
            const text = formatAttribute(value, kind)
            text === null ? this.removeAttribute(name) : this.setAttribute(name, text)
          },
        })
    }
  }

  constructor() {
    super()
    this.#internals = this.attachInternals?.()
    // Core reads the options on every open and every callback: attributes and properties
    // changed at any time apply to the next open, with no bookkeeping here.
    this.#widget = createBelvoWidget(() => this.#options())
    this.#widget.subscribe(({ status }) => this.#show(status))
    // A click on the trigger opens; with `prefetchOnIntent`, intent (core's events: pointer,
    // focus, touch) prepares. Captured: `pointerenter` and `focus` reach the host from its
    // children only in the capture phase.
    for (const type of ['Click', ...BELVO_INTENT_EVENTS]) {
      this.addEventListener(
        type.toLowerCase(),
        (event) => {
          const trigger = this.#trigger()
          if (trigger && !trigger.contains(event.target as Node)) return
          if (type === 'Click') void this.open()
          else if (this.prefetchOnIntent || this.prefetch) this.#widget.prefetch()
        },
        { passive: true, capture: type !== 'Click' },
      )
    }
    // A trigger added later is a plain button before the user can press Enter in the form.
    new MutationObserver(() => this.#trigger()).observe(this, { childList: true })
  }

  /**
   * The access token, or a function that fetches one from your server (sync or async, returning
   * the string or `{ access }`). Wins over `token-url`.
   */
  get token(): BelvoTokenSource | undefined {
    return this.#token
  }
  set token(token: BelvoTokenSource | undefined) {
    this.#token = token
  }

  /**
   * Any of core's options as an object, for values attributes cannot carry; attributes and
   * properties win over it.
   */
  get options(): BelvoWidgetElementOptions | undefined {
    return this.#extra
  }
  set options(options: BelvoWidgetElementOptions | undefined) {
    this.#extra = options
  }

  /**
   * The whole state: `status`, then `error`, `link`, or `exit`. (`institution` as a property of
   * the element is Belvo's startup config key: the linked one is `success.institution`.)
   */
  get state(): BelvoWidgetElementState {
    return this.#widget.getSnapshot()
  }

  /** The widget's status, also reflected as the `status` attribute and a custom state. */
  get status(): BelvoWidgetStatus {
    return this.state.status
  }

  /** Why the widget could not open, after `belvo-error`. */
  get error(): BelvoWidgetState['error'] {
    return this.state.error
  }

  /** The link id, after `belvo-success`. */
  get link(): string | undefined {
    return this.state.link
  }

  /** What `belvo-success` carried (`link`, `institution`), after it. */
  get success(): BelvoSuccessDetail | undefined {
    const { link, institution } = this.#widget.getSnapshot()
    return link ? { link, institution: institution! } : undefined
  }

  /** What the user left with, after `belvo-exit`. */
  get exit(): BelvoWidgetState['exit'] {
    return this.state.exit
  }

  /**
   * Fetches the token and loads the SDK in parallel, then shows the widget. Does nothing while
   * it is loading or open. Never rejects: a failure is a `belvo-error` event.
   */
  open(): Promise<void> {
    return this.#widget.open()
  }

  /** Closes the widget or cancels a pending open; no event fires after. */
  close(): void {
    this.#widget.close()
  }

  connectedCallback(): void {
    // A property set before the element was defined is an own property hiding the accessor.
    for (const key of [...Object.keys(PROPERTY_KINDS), 'token', 'options']) {
      if (Object.hasOwn(this, key)) {
        const value = this[key as keyof this]
        delete this[key as keyof this]
        this[key as keyof this] = value
      }
    }
    this.#show(this.status)
    // In a microtask, so that a framework setting properties right after inserting the element
    // (in the same script) is done first. Only from idle: a moved element keeps its widget.
    queueMicrotask(() => this.isConnected && this.autoOpen && this.status === 'idle' && this.open())
  }

  /**
   * Moved with `moveBefore`, the element stays connected and its widget as it is.
   * @internal
   */
  connectedMoveCallback(): void {}

  disconnectedCallback(): void {
    // Moved (`append` elsewhere, a keyed list, a portal), it is back in the page by the next
    // microtask and its widget stays open; removed, it closes then, before anything can render.
    this.#leaving = true
    queueMicrotask(() => {
      this.#leaving = false
      if (!this.isConnected) this.close()
    })
  }

  // The child with `slot="trigger"`, made a plain button: it never submits or resets a form
  // around the element, nor is it the button Enter in that form's fields clicks.
  #trigger(): HTMLButtonElement | null {
    const trigger = this.querySelector<HTMLButtonElement>(':scope > [slot=trigger]')
    if (trigger?.type === 'submit' || trigger?.type === 'reset') trigger.type = 'button'
    return trigger
  }

  #show(status: BelvoWidgetStatus) {
    this.setAttribute('status', status)
    // On the trigger (the element itself without one), as the bindings set it on their button.
    const trigger = this.#trigger() ?? this
    status === 'loading'
      ? trigger.setAttribute('aria-busy', 'true')
      : trigger.removeAttribute('aria-busy')
    const states = this.#internals?.states
    states?.clear()
    // Chromium before 125 takes custom states only in the older `--name` form.
    try {
      states?.add(status)
    } catch {
      states?.add(`--${status}`)
    }
  }

  #options(): BelvoWidgetOptions {
    const own: Record<string, unknown> = {}
    for (const key in PROPERTY_KINDS) {
      const value = this[key as keyof this]
      if (!ELEMENT_KEYS.includes(key)) own[key] = value === '' ? undefined : value
    }
    const url = this.tokenUrl
    if (url && this.#tokenUrl?.[0] !== url)
      this.#tokenUrl = [url, () => fetch(url, { method: 'POST' })]
    const fire = (type: string, detail: unknown) =>
      (this.isConnected || !this.#leaving) &&
      this.dispatchEvent(
        new CustomEvent(`belvo-${type}`, { detail, bubbles: true, composed: true }),
      )
    return mergeOptions(this.options, own, {
      token: this.token ?? (url ? this.#tokenUrl![1] : undefined),
      onSuccess: (link, institution) => fire('success', { link, institution }),
      onExit: (data) => fire('exit', data),
      onEvent: (event) => fire('event', event),
      onError: (error) => fire('error', error),
    })
  }
}

// The attribute-backed properties, defined on the prototype in the static block above.
export interface BelvoWidgetElement
  extends BelvoStartupConfig,
    LoadBelvoSdkOptions,
    BelvoWidgetElementAttributes {
  addEventListener<K extends keyof BelvoWidgetElementEventMap>(
    type: K,
    listener: (this: BelvoWidgetElement, event: BelvoWidgetElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void
  removeEventListener<K extends keyof BelvoWidgetElementEventMap>(
    type: K,
    listener: (this: BelvoWidgetElement, event: BelvoWidgetElementEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void
}
