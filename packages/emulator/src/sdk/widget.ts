import {
  findSandboxInstitution,
  listSandboxInstitutions,
  type SandboxInstitution,
} from '../sandbox/institutions.ts'
import { BELVO_MESSAGES } from '../sandbox/messages.ts'
import type { WidgetConfig } from './config.ts'
import { type Child, h } from './dom.ts'
import { STRINGS, type WidgetStrings } from './strings.ts'
import { WIDGET_CSS } from './styles.ts'
import type {
  EventPayload,
  ExitPayload,
  LinkResult,
  PayloadStyle,
  WidgetBackend,
  WidgetSession,
} from './types.ts'

type Screen =
  | { name: 'loading' }
  | { name: 'welcome' }
  | { name: 'institutions'; notice?: string | undefined }
  | { name: 'credentials'; institution: SandboxInstitution; error?: string | undefined }
  | {
      name: 'mfa'
      institution: SandboxInstitution
      username: string
      password: string
      error?: string | undefined
    }
  | { name: 'success'; institution: SandboxInstitution }
  | { name: 'token-error' }
  | { name: 'survey' }

// PAGE_LOAD page names. Belvo does not document its page names: these are the emulator's.
const PAGES: Record<Exclude<Screen['name'], 'loading'>, string> = {
  welcome: '/welcome',
  institutions: '/institutions',
  credentials: '/credentials',
  mfa: '/mfa',
  success: '/success',
  'token-error': '/error',
  survey: '/abandon-survey',
}

export interface WidgetDeps {
  window: Window & typeof globalThis
  token: string
  config: WidgetConfig
  backend: WidgetBackend
  /** Forced payload style; when undefined the session's default (or `'bare'`) applies. */
  payloadStyle: PayloadStyle | undefined
  id: number
}

/** Random id in Belvo's `request_id` format (32 hex characters). */
export function requestId(): string {
  const bytes = new Uint8Array(16)
  globalThis.crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value)
}

/** One built widget: its screens, its DOM inside `#belvo`, and the callbacks it owes. */
export class Widget {
  readonly root: HTMLElement
  private readonly doc: Document
  private readonly t: WidgetStrings
  private screen: Screen = { name: 'loading' }
  private page: string | undefined
  private firstPage: string | undefined
  private institutionCode: string | undefined
  private lastError: { code: string; message: string } | undefined
  private session: WidgetSession | undefined
  private confirming = false
  private busy = false
  /** Kept across re-renders so a failed login does not make the user retype it. */
  private username = ''
  /** true once callback or onExit has fired: nothing else is reported after that. */
  private finished = false
  private pending: Promise<unknown> = Promise.resolve()

  constructor(private readonly deps: WidgetDeps) {
    this.doc = deps.window.document
    this.t = STRINGS[deps.config.locale]
    this.root = h(
      this.doc,
      'div',
      { class: 'bw-root', 'data-belvo-emulator-widget': String(deps.id) },
      h(this.doc, 'style', {}, WIDGET_CSS),
    )
  }

  /** Mounts into `mount` and starts checking the token. */
  start(mount: HTMLElement): void {
    mount.append(this.root)
    this.render()
    this.track(this.boot())
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
    return this.page
  }

  /** Silences the widget for good (no more callbacks) and removes its DOM. */
  dispose(): void {
    this.finished = true
    this.root.remove()
  }

  get isFinished(): boolean {
    return this.finished
  }

  get isOnFirstScreen(): boolean {
    return this.page !== undefined && this.page === this.firstPage
  }

  private track(work: Promise<unknown>): void {
    // A bug in the widget must surface, but must not make every later settled() reject.
    this.pending = Promise.all([this.pending, work.catch((error: unknown) => console.error(error))])
  }

  private async boot(): Promise<void> {
    const result = await this.deps.backend.startSession(this.deps.token).catch(() => ({
      ok: false as const,
      code: 'ACCESS_TOKEN_NOT_VALID' as const,
      message: BELVO_MESSAGES.ACCESS_TOKEN_NOT_VALID,
      request_id: requestId(),
    }))
    if (!result.ok) {
      this.lastError = { code: result.code, message: result.message }
      this.show({ name: 'token-error' })
      this.emitError(result.code, result.message, result.request_id)
      return
    }
    this.session = result.session
    this.render()
    const update = result.session.updateLink
    const updated = update && findSandboxInstitution(update.institution)
    if (updated) {
      this.institutionCode = updated.code
      this.show({ name: 'credentials', institution: updated })
      return
    }
    const offered = this.offered()
    const only = offered.length === 1 ? offered[0] : undefined
    if (this.deps.config.institutions && only && only.status !== 'disabled') {
      this.institutionCode = only.code
      this.show({ name: 'credentials', institution: only })
    } else {
      this.show({ name: 'welcome' })
    }
  }

  /** Institutions the config lets the user see, in list order. */
  private offered(): SandboxInstitution[] {
    const c = this.deps.config
    return listSandboxInstitutions().filter(
      (i) =>
        (!c.country_codes?.length || c.country_codes.includes(i.country)) &&
        (!c.institutions?.length || c.institutions.includes(i.code)) &&
        (!c.institution_types?.length || c.institution_types.includes(i.type)) &&
        (!c.resources?.length || c.resources.every((r) => i.resources.includes(r))),
    )
  }

  private show(screen: Screen): void {
    const previous = this.page
    this.screen = screen
    this.confirming = false
    this.render()
    if (screen.name === 'loading') return
    const page = PAGES[screen.name]
    if (page === previous) return
    this.page = page
    if (screen.name !== 'token-error' && screen.name !== 'survey' && !this.firstPage) {
      this.firstPage = page
    }
    const meta: { page: string; from?: string; institution_name?: string } = { page }
    if (previous) meta.from = previous
    if (this.institutionCode) meta.institution_name = this.institutionCode
    this.emitEvent({ eventName: 'PAGE_LOAD', meta_data: meta })
    this.focusScreen()
  }

  // ── reporting ──────────────────────────────────────────────────────────────

  private wrap(payload: unknown): unknown {
    const style = this.deps.payloadStyle ?? this.session?.payloadStyle ?? 'bare'
    return style === 'wrapped' ? { data: [payload] } : payload
  }

  private call(fn: (() => void) | undefined): void {
    if (!fn) return
    try {
      fn()
    } catch (error) {
      // An integrator's callback threw: report it like the browser would, keep the widget alive.
      const win = this.deps.window as Window & { reportError?: (e: unknown) => void }
      if (typeof win.reportError === 'function') win.reportError(error)
      else console.error(error)
    }
  }

  private emitEvent(event: EventPayload): void {
    if (this.finished) return
    const onEvent = this.deps.config.onEvent
    if (onEvent) this.call(() => onEvent(this.wrap(event)))
  }

  private emitError(code: string, message: string, request_id: string): void {
    const meta: {
      error_code: string
      error_message: string
      institution_name?: string
      timestamp: string
    } = { error_code: code, error_message: message, timestamp: new Date().toISOString() }
    if (this.institutionCode) meta.institution_name = this.institutionCode
    this.emitEvent({ eventName: 'ERROR', request_id, meta_data: meta })
  }

  private exit(): void {
    if (this.finished) return
    const payload: ExitPayload = { meta_data: {} }
    if (this.lastError) payload.last_encountered_error = { ...this.lastError }
    if (this.institutionCode) payload.meta_data.institution_name = this.institutionCode
    if (this.isOnFirstScreen || this.screen.name === 'survey') {
      payload.meta_data.step = 'abandon-survey'
    }
    this.finished = true
    // The DOM stays in #belvo (the real SDK does not clean up); it is only hidden.
    this.root.hidden = true
    const onExit = this.deps.config.onExit
    if (onExit) this.call(() => onExit(this.wrap(payload)))
  }

  // ── user actions ───────────────────────────────────────────────────────────

  private onClose = (): void => {
    if (this.screen.name === 'success' || this.finished) {
      this.root.hidden = true
      return
    }
    if (this.screen.name === 'token-error' || this.screen.name === 'survey') {
      this.exit()
      return
    }
    if (this.deps.config.show_close_dialog && !this.confirming) {
      this.confirming = true
      this.render()
      this.doc.querySelector<HTMLElement>(`#bw-confirm-exit-${this.deps.id}`)?.focus()
      return
    }
    this.confirmExit()
  }

  private confirmExit = (): void => {
    this.confirming = false
    if (this.isOnFirstScreen && this.deps.config.show_abandon_survey) {
      this.show({ name: 'survey' })
      return
    }
    this.exit()
  }

  private stay = (): void => {
    this.confirming = false
    this.render()
  }

  private choose(institution: SandboxInstitution): void {
    if (institution.status === 'disabled') {
      this.show({ name: 'institutions', notice: this.t.institutionDisabled })
      this.emitEvent({
        eventName: 'WARNING',
        request_id: requestId(),
        meta_data: {
          warning_code: 'institution_disabled',
          warning_message: BELVO_MESSAGES.institution_disabled,
          institution_name: institution.code,
          timestamp: new Date().toISOString(),
        },
      })
      return
    }
    this.institutionCode = institution.code
    this.show({ name: 'credentials', institution })
  }

  private submit(
    institution: SandboxInstitution,
    username: string,
    password: string,
    mfaToken?: string,
  ): void {
    if (this.busy) return
    this.busy = true
    this.render()
    const { access_mode, external_id } = this.deps.config
    const work = this.deps.backend
      .createLink(this.deps.token, {
        institution: institution.code,
        username,
        password,
        mfaToken,
        access_mode,
        external_id,
      })
      .catch(
        (): LinkResult => ({
          status: 'error',
          code: 'unexpected_error',
          message: BELVO_MESSAGES.unexpected_error,
          request_id: requestId(),
        }),
      )
      .then((result) => {
        this.busy = false
        if (this.finished) return
        this.onLinkResult(result, institution, username, password, mfaToken !== undefined)
      })
    this.track(work)
  }

  private onLinkResult(
    result: LinkResult,
    institution: SandboxInstitution,
    username: string,
    password: string,
    wasMfa: boolean,
  ): void {
    if (result.status === 'success') {
      this.show({ name: 'success', institution })
      this.finished = true
      const { callback } = this.deps.config
      this.call(() => callback(result.link, result.institution))
      return
    }
    if (result.status === 'mfa_required') {
      this.show({ name: 'mfa', institution, username, password })
      return
    }
    this.lastError = { code: result.code, message: result.message }
    if (result.code === 'ACCESS_TOKEN_NOT_VALID') this.show({ name: 'token-error' })
    else if (wasMfa)
      this.show({ name: 'mfa', institution, username, password, error: result.message })
    else this.show({ name: 'credentials', institution, error: result.message })
    this.emitError(result.code, result.message, result.request_id)
  }

  // ── rendering ──────────────────────────────────────────────────────────────

  private focusScreen(): void {
    const target =
      this.root.querySelector<HTMLElement>('.bw-body input') ??
      this.root.querySelector<HTMLElement>('.bw-body h2')
    target?.focus()
  }

  private render(): void {
    const { doc, t, deps } = this
    const id = deps.id
    const branding = this.session?.branding ?? {}
    const company = deps.config.company_name ?? branding.company_name
    const logo = deps.config.company_logo ?? branding.company_logo
    const overlay = isHexColor(branding.overlay_background_color)
      ? `${branding.overlay_background_color}e6`
      : 'rgba(16,24,40,.6)'
    const titleId = `bw-title-${id}`
    const dialog = h(
      doc,
      'div',
      {
        class: 'bw-dialog',
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': titleId,
        'aria-busy': this.screen.name === 'loading' || this.busy ? 'true' : undefined,
        lang: deps.config.locale,
      },
      h(
        doc,
        'div',
        // While the exit confirmation shows, the screen behind it is out of reach.
        { class: 'bw-header', inert: this.confirming },
        h(
          doc,
          'span',
          { class: 'bw-brand' },
          logo ? h(doc, 'img', { src: logo, alt: '' }) : null,
          company ?? 'Belvo',
        ),
        h(
          doc,
          'button',
          {
            type: 'button',
            class: 'bw-close',
            'aria-label': t.close,
            'data-bw-action': 'close',
            onclick: this.onClose,
          },
          '×',
        ),
      ),
      h(doc, 'div', { class: 'bw-body', inert: this.confirming }, ...this.body(titleId, company)),
      this.confirming ? this.confirmDialog() : null,
    )
    const overlayEl = h(doc, 'div', { class: 'bw-overlay', style: `background:${overlay}` }, dialog)
    overlayEl.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') this.onClose()
    })
    // Re-rendering replaces the controls: keep focus on the same control if it still exists.
    const active = doc.activeElement
    const focusKey =
      active && this.root.contains(active)
        ? ['data-bw-action', 'data-bw-input', 'data-bw-institution']
            .map((name) =>
              active.hasAttribute(name) ? `[${name}="${active.getAttribute(name)}"]` : '',
            )
            .find(Boolean)
        : undefined
    // The <style> stays; only the overlay is rebuilt (DOM libraries re-parse CSS on insert).
    this.root.querySelector(':scope > .bw-overlay')?.remove()
    this.root.append(overlayEl)
    if (focusKey) this.root.querySelector<HTMLElement>(focusKey)?.focus()
  }

  private confirmDialog(): HTMLElement {
    const { doc, t } = this
    const id = this.deps.id
    return h(
      doc,
      'div',
      {
        class: 'bw-confirm',
        role: 'alertdialog',
        'aria-modal': 'true',
        'aria-labelledby': `bw-confirm-title-${id}`,
        'aria-describedby': `bw-confirm-body-${id}`,
      },
      h(doc, 'h2', { id: `bw-confirm-title-${id}` }, t.confirmTitle),
      h(doc, 'p', { id: `bw-confirm-body-${id}` }, t.confirmBody),
      h(
        doc,
        'div',
        { class: 'bw-actions' },
        h(
          doc,
          'button',
          {
            type: 'button',
            class: 'bw-primary',
            id: `bw-confirm-exit-${id}`,
            'data-bw-action': 'confirm-exit',
            onclick: this.confirmExit,
          },
          t.confirmExit,
        ),
        h(
          doc,
          'button',
          {
            type: 'button',
            class: 'bw-secondary',
            'data-bw-action': 'confirm-stay',
            onclick: this.stay,
          },
          t.confirmStay,
        ),
      ),
    )
  }

  private body(titleId: string, company: string | undefined): Child[] {
    const { doc, t } = this
    const title = (text: string) => h(doc, 'h2', { id: titleId, tabindex: '-1' }, text)
    const button = (
      action: string,
      label: string,
      onclick?: () => void,
      extra: Record<string, string | boolean | undefined> = {},
    ) =>
      h(
        doc,
        'button',
        {
          type: onclick ? 'button' : 'submit',
          class: action === 'back' || action === 'survey-skip' ? 'bw-secondary' : 'bw-primary',
          'data-bw-action': action,
          onclick,
          ...extra,
        },
        label,
      )
    const screen = this.screen
    switch (screen.name) {
      case 'loading':
        return [title(t.loading)]
      case 'welcome': {
        const c = this.deps.config
        return [
          title(t.welcomeTitle(company)),
          c.company_benefit_header
            ? h(doc, 'p', {}, h(doc, 'strong', {}, c.company_benefit_header))
            : null,
          c.company_benefit_content ? h(doc, 'p', {}, c.company_benefit_content) : null,
          h(doc, 'p', {}, t.welcomeBody),
          h(
            doc,
            'div',
            { class: 'bw-actions' },
            button('continue', t.continue, () => this.show({ name: 'institutions' })),
          ),
        ]
      }
      case 'institutions': {
        const offered = this.offered()
        return [
          title(t.institutionsTitle),
          screen.notice ? h(doc, 'p', { class: 'bw-notice', role: 'status' }, screen.notice) : null,
          offered.length === 0
            ? h(doc, 'p', {}, t.noInstitutions)
            : h(
                doc,
                'ul',
                { class: 'bw-list', 'aria-labelledby': titleId },
                ...offered.map((inst) =>
                  h(
                    doc,
                    'li',
                    {},
                    h(
                      doc,
                      'button',
                      {
                        type: 'button',
                        class: 'bw-inst',
                        'data-bw-institution': inst.code,
                        // Not aria-disabled: choosing it is what raises Belvo's warning.
                        'data-status': inst.status,
                        onclick: () => this.choose(inst),
                      },
                      h(doc, 'span', {}, inst.displayName),
                      h(
                        doc,
                        'span',
                        { class: 'bw-tag' },
                        inst.status === 'disabled' ? t.unavailable : inst.country,
                      ),
                    ),
                  ),
                ),
              ),
        ]
      }
      case 'credentials': {
        const inst = screen.institution
        const userId = `bw-username-${this.deps.id}`
        const passId = `bw-password-${this.deps.id}`
        const canGoBack = this.offered().length > 1 && !this.session?.updateLink
        return [
          title(t.credentialsTitle(inst.displayName)),
          screen.error ? h(doc, 'p', { class: 'bw-alert', role: 'alert' }, screen.error) : null,
          h(
            doc,
            'form',
            {
              'data-bw-form': 'credentials',
              onsubmit: (event: Event) => {
                event.preventDefault()
                const form = event.currentTarget as HTMLFormElement
                const data = new this.deps.window.FormData(form)
                this.username = String(data.get('username') ?? '')
                this.submit(inst, this.username, String(data.get('password') ?? ''))
              },
            },
            h(
              doc,
              'div',
              { class: 'bw-field' },
              h(doc, 'label', { for: userId }, t.username[inst.usernameKind]),
              h(doc, 'input', {
                id: userId,
                name: 'username',
                value: this.username || undefined,
                autocomplete: 'username',
                required: true,
                'data-bw-input': 'username',
              }),
            ),
            h(
              doc,
              'div',
              { class: 'bw-field' },
              h(doc, 'label', { for: passId }, t.password),
              h(doc, 'input', {
                id: passId,
                name: 'password',
                type: 'password',
                autocomplete: 'current-password',
                required: true,
                'data-bw-input': 'password',
              }),
            ),
            h(
              doc,
              'div',
              { class: 'bw-actions' },
              button('login', this.busy ? t.connecting : t.connect, undefined, {
                disabled: this.busy,
              }),
              canGoBack ? button('back', t.back, () => this.show({ name: 'institutions' })) : null,
            ),
          ),
        ]
      }
      case 'mfa': {
        const tokenId = `bw-mfa-${this.deps.id}`
        const { institution, username, password } = screen
        return [
          title(t.mfaTitle),
          screen.error ? h(doc, 'p', { class: 'bw-alert', role: 'alert' }, screen.error) : null,
          h(doc, 'p', { id: `${tokenId}-hint` }, t.mfaHint(institution.displayName)),
          h(
            doc,
            'form',
            {
              'data-bw-form': 'mfa',
              onsubmit: (event: Event) => {
                event.preventDefault()
                const data = new this.deps.window.FormData(event.currentTarget as HTMLFormElement)
                this.submit(institution, username, password, String(data.get('token') ?? ''))
              },
            },
            h(
              doc,
              'div',
              { class: 'bw-field' },
              h(doc, 'label', { for: tokenId }, t.mfaLabel),
              h(doc, 'input', {
                id: tokenId,
                name: 'token',
                inputmode: 'numeric',
                autocomplete: 'one-time-code',
                required: true,
                'aria-describedby': `${tokenId}-hint`,
                'data-bw-input': 'token',
              }),
            ),
            h(
              doc,
              'div',
              { class: 'bw-actions' },
              button('mfa', this.busy ? t.connecting : t.verify, undefined, {
                disabled: this.busy,
              }),
            ),
          ),
        ]
      }
      case 'success':
        return [
          title(t.successTitle),
          h(doc, 'p', { role: 'status' }, t.successBody(screen.institution.displayName)),
          h(
            doc,
            'div',
            { class: 'bw-actions' },
            button('done', t.done, () => {
              this.root.hidden = true
            }),
          ),
        ]
      case 'token-error':
        return [
          title(t.tokenErrorTitle),
          h(doc, 'p', { class: 'bw-alert', role: 'alert' }, t.tokenErrorBody),
        ]
      case 'survey': {
        const name = `bw-survey-${this.deps.id}`
        return [
          title(t.surveyTitle),
          h(
            doc,
            'form',
            {
              'data-bw-form': 'survey',
              onsubmit: (event: Event) => {
                event.preventDefault()
                this.exit()
              },
            },
            h(
              doc,
              'fieldset',
              { class: 'bw-survey', 'aria-labelledby': titleId },
              ...t.surveyReasons.map((reason, index) =>
                h(
                  doc,
                  'label',
                  {},
                  h(doc, 'input', {
                    type: 'radio',
                    name,
                    value: String(index),
                    'data-bw-input': 'reason',
                  }),
                  ` ${reason}`,
                ),
              ),
            ),
            h(
              doc,
              'div',
              { class: 'bw-actions' },
              button('survey-submit', t.surveySubmit),
              button('survey-skip', t.surveySkip, () => this.exit()),
            ),
          ),
        ]
      }
    }
  }
}
