// The widget's view: one machine state in, one DOM tree out. Controls send machine events;
// nothing here decides what happens next.
import type { SandboxInstitution } from '../sandbox/institutions.ts'
import type { WidgetConfig } from './config.ts'
import { type Child, h } from './h.ts'
import type { WidgetStrings } from './strings.ts'
import { ATTR, ids, type WidgetAction } from './widget.dom.ts'
import {
  canGoBack,
  type MachineEvent,
  type MachineState,
  offeredInstitutions,
} from './widget.machine.ts'

export interface ViewContext {
  doc: Document
  /** The widget's id, which keeps element ids unique in the page. */
  id: number
  t: WidgetStrings
  config: WidgetConfig
  FormData: typeof FormData
  send: (event: MachineEvent) => void
}

const isHexColor = (value: unknown): value is string =>
  typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value)

/** The overlay with the dialog for `state`. */
export function renderOverlay(state: MachineState, ctx: ViewContext): HTMLElement {
  const { doc, t, id, config, send } = ctx
  const branding = state.session?.branding ?? {}
  const company = config.company_name ?? branding.company_name
  const logo = config.company_logo ?? branding.company_logo
  const overlayColor = isHexColor(branding.overlay_background_color)
    ? `${branding.overlay_background_color}e6`
    : 'rgba(16,24,40,.6)'
  const confirming = state.mode === 'confirming'
  const busy = state.screen.name === 'loading' || state.mode === 'submitting'
  const dialog = h(
    doc,
    'div',
    {
      class: 'bw-dialog',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': ids.title(id),
      'aria-busy': busy ? 'true' : undefined,
      lang: config.locale,
      [ATTR.screen]: state.screen.name,
    },
    h(
      doc,
      'div',
      // While the exit confirmation shows, the screen behind it is out of reach.
      { class: 'bw-header', inert: confirming },
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
          [ATTR.action]: 'close',
          onclick: () => send({ type: 'CLOSE' }),
        },
        '×',
      ),
    ),
    h(doc, 'div', { class: 'bw-body', inert: confirming }, ...body(state, ctx, company)),
    confirming ? confirmDialog(ctx) : null,
  )
  const overlay = h(
    doc,
    'div',
    { class: 'bw-overlay', style: `background:${overlayColor}` },
    dialog,
  )
  overlay.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape') send({ type: 'CLOSE' })
  })
  return overlay
}

function button(
  ctx: ViewContext,
  action: WidgetAction,
  label: string,
  onclick?: () => void,
  extra: Record<string, string | boolean | undefined> = {},
): HTMLElement {
  const secondary = action === 'back' || action === 'survey-skip' || action === 'confirm-stay'
  return h(
    ctx.doc,
    'button',
    {
      type: onclick ? 'button' : 'submit',
      class: secondary ? 'bw-secondary' : 'bw-primary',
      [ATTR.action]: action,
      onclick,
      ...extra,
    },
    label,
  )
}

function confirmDialog(ctx: ViewContext): HTMLElement {
  const { doc, t, id, send } = ctx
  return h(
    doc,
    'div',
    {
      class: 'bw-confirm',
      role: 'alertdialog',
      'aria-modal': 'true',
      'aria-labelledby': ids.confirmTitle(id),
      'aria-describedby': ids.confirmBody(id),
    },
    h(doc, 'h2', { id: ids.confirmTitle(id) }, t.confirmTitle),
    h(doc, 'p', { id: ids.confirmBody(id) }, t.confirmBody),
    h(
      doc,
      'div',
      { class: 'bw-actions' },
      button(ctx, 'confirm-exit', t.confirmExit, () => send({ type: 'CONFIRM_EXIT' }), {
        id: ids.confirmExit(id),
      }),
      button(ctx, 'confirm-stay', t.confirmStay, () => send({ type: 'STAY' })),
    ),
  )
}

const field = (
  ctx: ViewContext,
  label: string,
  input: Record<string, string | boolean | undefined>,
) =>
  h(
    ctx.doc,
    'div',
    { class: 'bw-field' },
    h(ctx.doc, 'label', { for: input.id as string }, label),
    h(ctx.doc, 'input', input),
  )

const alert = (ctx: ViewContext, text: string | undefined) =>
  text ? h(ctx.doc, 'p', { class: 'bw-alert', role: 'alert' }, text) : null

/** Masks a CPF/CNPJ but its last digits, as consent screens show them. */
const masked = (number: string) => `•••${number.replace(/\D/g, '').slice(-4)}`

function body(state: MachineState, ctx: ViewContext, company: string | undefined): Child[] {
  const { doc, t, id, config, send } = ctx
  const title = (text: string) => h(doc, 'h2', { id: ids.title(id), tabindex: '-1' }, text)
  const form = (name: string, onsubmit: (data: FormData) => void, ...children: Child[]) =>
    h(
      doc,
      'form',
      {
        [ATTR.form]: name,
        onsubmit: (event: Event) => {
          event.preventDefault()
          onsubmit(new ctx.FormData(event.currentTarget as HTMLFormElement))
        },
      },
      ...children,
    )
  const submitting = state.mode === 'submitting'
  const screen = state.screen
  switch (screen.name) {
    case 'loading':
      return [title(t.loading)]
    case 'welcome':
      return [
        title(t.welcomeTitle(company)),
        config.company_benefit_header
          ? h(doc, 'p', {}, h(doc, 'strong', {}, config.company_benefit_header))
          : null,
        config.company_benefit_content ? h(doc, 'p', {}, config.company_benefit_content) : null,
        h(doc, 'p', {}, t.welcomeBody),
        h(
          doc,
          'div',
          { class: 'bw-actions' },
          button(ctx, 'continue', t.continue, () => send({ type: 'CONTINUE' })),
        ),
      ]
    case 'consent': {
      const consent = state.session?.consent
      return [
        title(t.consentTitle),
        h(doc, 'p', {}, consent?.purpose ?? ''),
        h(doc, 'h3', { class: 'bw-subtitle' }, t.consentPermissions),
        h(
          doc,
          'ul',
          { class: 'bw-bullets' },
          ...(consent?.permissions ?? []).map((p) => h(doc, 'li', {}, t.consentPermission[p] ?? p)),
        ),
        ...(consent?.identification_info ?? []).map((info) =>
          h(doc, 'p', {}, `${t.consentFor}: ${info.name} (${info.type} ${masked(info.number)})`),
        ),
        consent?.terms_and_conditions_url
          ? h(
              doc,
              'p',
              {},
              h(
                doc,
                'a',
                { href: consent.terms_and_conditions_url, target: '_blank', rel: 'noopener' },
                t.consentTerms,
              ),
            )
          : null,
        h(
          doc,
          'div',
          { class: 'bw-actions' },
          button(ctx, 'consent-accept', t.consentAccept, () => send({ type: 'ACCEPT_CONSENT' })),
        ),
      ]
    }
    case 'institutions': {
      const offered = offeredInstitutions(config)
      return [
        title(t.institutionsTitle),
        screen.notice
          ? h(doc, 'p', { class: 'bw-notice', role: 'status' }, t.institutionDisabled)
          : null,
        offered.length === 0
          ? h(doc, 'p', {}, t.noInstitutions)
          : h(
              doc,
              'ul',
              { class: 'bw-list', 'aria-labelledby': ids.title(id) },
              ...offered.map((inst) => h(doc, 'li', {}, institutionButton(ctx, inst))),
            ),
      ]
    }
    case 'credentials': {
      const inst = screen.institution
      return [
        title(t.credentialsTitle(inst.displayName)),
        alert(ctx, screen.error),
        form(
          'credentials',
          (data) =>
            send({
              type: 'SUBMIT',
              username: String(data.get('username') ?? ''),
              password: String(data.get('password') ?? ''),
            }),
          field(ctx, t.username[inst.usernameKind], {
            id: ids.username(id),
            name: 'username',
            value: state.username || undefined,
            autocomplete: 'username',
            required: true,
            [ATTR.input]: 'username',
          }),
          field(ctx, t.password, {
            id: ids.password(id),
            name: 'password',
            type: 'password',
            autocomplete: 'current-password',
            required: true,
            [ATTR.input]: 'password',
          }),
          h(
            doc,
            'div',
            { class: 'bw-actions' },
            button(ctx, 'login', submitting ? t.connecting : t.connect, undefined, {
              disabled: submitting,
            }),
            canGoBack(state, config)
              ? button(ctx, 'back', t.back, () => send({ type: 'BACK' }))
              : null,
          ),
        ),
      ]
    }
    case 'mfa': {
      const tokenId = ids.mfa(id)
      return [
        title(t.mfaTitle),
        alert(ctx, screen.error),
        h(doc, 'p', { id: `${tokenId}-hint` }, t.mfaHint(screen.institution.displayName)),
        form(
          'mfa',
          (data) => send({ type: 'SUBMIT_MFA', token: String(data.get('token') ?? '') }),
          field(ctx, t.mfaLabel, {
            id: tokenId,
            name: 'token',
            inputmode: 'numeric',
            autocomplete: 'one-time-code',
            required: true,
            'aria-describedby': `${tokenId}-hint`,
            [ATTR.input]: 'token',
          }),
          h(
            doc,
            'div',
            { class: 'bw-actions' },
            button(ctx, 'mfa', submitting ? t.connecting : t.verify, undefined, {
              disabled: submitting,
            }),
          ),
        ),
      ]
    }
    case 'success':
      return [
        title(t.successTitle),
        h(doc, 'p', { role: 'status' }, t.successBody(screen.institution.displayName)),
        state.mode === 'linked' ? h(doc, 'p', { class: 'bw-muted' }, t.successNext) : null,
        h(
          doc,
          'div',
          { class: 'bw-actions' },
          button(ctx, 'done', t.done, () => send({ type: 'DONE' })),
        ),
      ]
    case 'token-error':
      return [title(t.tokenErrorTitle), alert(ctx, t.tokenErrorBody)]
    case 'unreachable':
      // Belvo's troubleshooting: "the widget opening empty". The title stays for screen readers.
      return [h(doc, 'h2', { id: ids.title(id), tabindex: '-1', class: 'bw-hidden' }, 'Belvo')]
    case 'survey': {
      const name = ids.survey(id)
      return [
        title(t.surveyTitle),
        form(
          'survey',
          () => send({ type: 'SURVEY_DONE' }),
          h(
            doc,
            'fieldset',
            { class: 'bw-survey', 'aria-labelledby': ids.title(id) },
            ...t.surveyReasons.map((reason, index) =>
              h(
                doc,
                'label',
                {},
                h(doc, 'input', {
                  type: 'radio',
                  name,
                  value: String(index),
                  [ATTR.input]: 'reason',
                }),
                ` ${reason}`,
              ),
            ),
          ),
          h(
            doc,
            'div',
            { class: 'bw-actions' },
            button(ctx, 'survey-submit', t.surveySubmit),
            button(ctx, 'survey-skip', t.surveySkip, () => send({ type: 'SURVEY_DONE' })),
          ),
        ),
      ]
    }
  }
}

function institutionButton(ctx: ViewContext, inst: SandboxInstitution): HTMLElement {
  const { doc, t, send } = ctx
  return h(
    doc,
    'button',
    {
      type: 'button',
      class: 'bw-inst',
      [ATTR.institution]: inst.code,
      // Not aria-disabled: choosing it is what raises Belvo's warning.
      'data-status': inst.status,
      onclick: () => send({ type: 'CHOOSE', institution: inst }),
    },
    h(doc, 'span', {}, inst.displayName),
    h(doc, 'span', { class: 'bw-tag' }, inst.status === 'disabled' ? t.unavailable : inst.country),
  )
}
