// One built widget: runs the machine (widget.machine.ts), draws it (widget.view.ts) inside
// `#belvo`, and carries out the effects: backend calls, callbacks, focus and timers.
import { BELVO_MESSAGES } from '../sandbox/messages.ts'
import type { WidgetConfig } from './config.ts'
import { h } from './h.ts'
import { STRINGS } from './strings.ts'
import { WIDGET_CSS } from './styles.ts'
import type { LinkResult, PayloadStyle, WidgetBackend } from './types.ts'
import { ATTR, controlKey, ids, selectors } from './widget.dom.ts'
import { transition } from './widget.machine.ts'
import { requestId, wrap } from './widget.payloads.ts'
import {
  type Effect,
  initialState,
  type MachineEvent,
  type MachineState,
  onFirstScreen,
} from './widget.state.ts'
import { renderOverlay } from './widget.view.ts'

export { requestId } from './widget.payloads.ts'

export interface WidgetDeps {
  window: Window & typeof globalThis
  token: string
  config: WidgetConfig
  backend: WidgetBackend
  /** Forced payload style; when undefined the session's default (or `'bare'`) applies. */
  payloadStyle: PayloadStyle | undefined
  /**
   * How long the success screen shows before `callback` fires (Done fires it at once).
   * Belvo does not document it; default 0 (the screen is drawn, then the callback runs).
   */
  successDelayMs?: number | undefined
  id: number
}

/** One built widget: its state, its DOM inside `#belvo`, and the callbacks it owes. */
export class Widget {
  readonly root: HTMLElement
  private state: MachineState = initialState()
  private pending: Promise<unknown> = Promise.resolve()
  /** The pending success callback: its timer, and how to release `settled()` when it goes. */
  private timer: { id: ReturnType<typeof setTimeout>; release: () => void } | undefined
  private disposed = false
  /** Gives the page its scrolling back: set while the overlay is up. */
  private unlockScroll: (() => void) | undefined

  constructor(private readonly deps: WidgetDeps) {
    const doc = deps.window.document
    this.root = h(
      doc,
      'div',
      { class: 'bw-root', [ATTR.root]: String(deps.id) },
      h(doc, 'style', {}, WIDGET_CSS),
    )
  }

  /** Mounts into `mount` and starts checking the token. */
  start(mount: HTMLElement): void {
    mount.append(this.root)
    this.lockScroll()
    this.render()
    this.track(this.boot())
  }

  // Like most full-page overlays, the widget stops the page behind it from scrolling and makes
  // up for the scrollbar it hides (inferred: Belvo does not document it). It gives both back when
  // it closes itself, not when a page removes its DOM: cleaning up after that is the page's job.
  private lockScroll(): void {
    const { document: doc, innerWidth } = this.deps.window
    const body = doc.body
    const saved = [body.style.overflow, body.style.paddingRight] as const
    const gap = innerWidth - doc.documentElement.clientWidth
    body.style.overflow = 'hidden'
    if (gap > 0) body.style.paddingRight = `${gap}px`
    this.unlockScroll = () => {
      ;[body.style.overflow, body.style.paddingRight] = saved
      this.unlockScroll = undefined
    }
  }

  /** Resolves once every request the widget started has been answered and rendered. */
  async settled(): Promise<void> {
    let seen: Promise<unknown>
    do {
      seen = this.pending
      await seen
    } while (seen !== this.pending)
  }

  /** The screen shown now (the emulator's page name, e.g. `'/credentials'`), for test drivers. */
  get currentPage(): string | undefined {
    return this.state.page
  }

  /** Silences the widget for good (no more callbacks) and removes its DOM. */
  dispose(): void {
    this.disposed = true
    this.clearTimer()
    this.state = { ...this.state, mode: 'finished' }
    this.root.remove()
  }

  get isFinished(): boolean {
    return this.state.mode === 'finished'
  }

  get isOnFirstScreen(): boolean {
    return onFirstScreen(this.state)
  }

  /** Feeds one event to the machine, redraws, then runs the effects it asked for. */
  send = (event: MachineEvent): void => {
    if (this.disposed) return
    const { state, effects } = transition(this.state, event, this.deps.config)
    const changed = state !== this.state
    this.state = state
    if (changed) this.render()
    for (const effect of effects) this.run(effect)
  }

  private track(work: Promise<unknown>): void {
    // A bug in the widget must surface, but must not make every later settled() reject.
    this.pending = Promise.all([this.pending, work.catch((error: unknown) => console.error(error))])
  }

  private async boot(): Promise<void> {
    const result = await this.deps.backend.startSession(this.deps.token).catch((error: unknown) => {
      // A network failure, which in a browser is usually a CORS refusal of this page's origin.
      const origin = this.deps.window.location?.origin
      console.error(
        `belvoSDK: the widget could not start (${String(error)}). If the console shows a CORS error, ` +
          `add ${origin} to your allowed URLs (Belvo dashboard → widget configuration; emulator: --allowed-origins).`,
      )
      return undefined
    })
    if (!result) this.send({ type: 'SESSION_UNREACHABLE' })
    else if (result.ok) this.send({ type: 'SESSION_STARTED', session: result.session })
    else this.send({ type: 'SESSION_FAILED', ...result })
  }

  private run(effect: Effect): void {
    switch (effect.type) {
      case 'report': {
        const onEvent = this.deps.config.onEvent
        if (onEvent) this.call(() => onEvent(this.wrap(effect.payload)))
        return
      }
      case 'exit': {
        const onExit = this.deps.config.onExit
        if (onExit) this.call(() => onExit(this.wrap(effect.payload)))
        return
      }
      case 'callback': {
        this.clearTimer()
        const { callback } = this.deps.config
        this.call(() => callback(effect.link, effect.institution))
        return
      }
      case 'schedule-callback':
        this.track(
          new Promise<void>((release) => {
            const id = setTimeout(
              () => this.send({ type: 'CALLBACK_DUE' }),
              this.deps.successDelayMs ?? 0,
            )
            this.timer = { id, release }
          }),
        )
        return
      case 'create-link':
        this.track(
          this.deps.backend
            .createLink(this.deps.token, effect.request)
            .catch(
              (): LinkResult => ({
                status: 'error',
                code: 'unexpected_error',
                message: BELVO_MESSAGES.unexpected_error,
                request_id: requestId(),
              }),
            )
            .then((result) => this.send({ type: 'LINK_RESULT', result })),
        )
        return
      case 'hide':
        // The DOM stays in #belvo (the real SDK does not clean up); it is only hidden.
        this.root.hidden = true
        this.unlockScroll?.()
        return
      case 'focus': {
        const target =
          effect.target === 'confirm'
            ? this.root.querySelector<HTMLElement>(`#${ids.confirmExit(this.deps.id)}`)
            : (this.root.querySelector<HTMLElement>(selectors.firstField) ??
              this.root.querySelector<HTMLElement>(selectors.title))
        target?.focus()
        return
      }
    }
  }

  private clearTimer(): void {
    if (!this.timer) return
    clearTimeout(this.timer.id)
    this.timer.release()
    this.timer = undefined
  }

  private wrap(payload: unknown): unknown {
    return wrap(payload, this.deps.payloadStyle ?? this.state.session?.payloadStyle ?? 'bare')
  }

  private call(fn: () => void): void {
    try {
      fn()
    } catch (error) {
      // An integrator's callback threw: report it like the browser would, keep the widget alive.
      const win = this.deps.window as Window & { reportError?: (e: unknown) => void }
      if (typeof win.reportError === 'function') win.reportError(error)
      else console.error(error)
    }
  }

  private render(): void {
    const doc = this.deps.window.document
    const overlay = renderOverlay(this.state, {
      doc,
      id: this.deps.id,
      t: STRINGS[this.deps.config.locale],
      config: this.deps.config,
      FormData: this.deps.window.FormData,
      send: this.send,
    })
    // Re-rendering replaces the controls: keep focus on the same control if it still exists.
    const active = doc.activeElement
    const focusKey = active && this.root.contains(active) ? controlKey(active) : undefined
    // The <style> stays; only the overlay is rebuilt (DOM libraries re-parse CSS on insert).
    this.root.querySelector(selectors.overlay)?.remove()
    this.root.append(overlay)
    if (focusKey) this.root.querySelector<HTMLElement>(focusKey)?.focus()
  }
}
