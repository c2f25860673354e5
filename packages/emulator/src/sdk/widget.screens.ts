// The body of each screen the widget shows, from its machine state. Controls send machine
// events; nothing here decides what happens next.
import type { SandboxInstitution } from '../sandbox/institutions.ts'
import { type Child, h } from './h.ts'
import { alert, button, field, type ViewContext } from './widget.controls.ts'
import { ATTR, ids } from './widget.dom.ts'
import { canGoBack, type MachineState, offeredInstitutions } from './widget.state.ts'

/** Masks a CPF/CNPJ but its last digits, as consent screens show them. */
const masked = (number: string) => `•••${number.replace(/\D/g, '').slice(-4)}`

/** What the dialog shows under its header for `state`. */
export function screenBody(
  state: MachineState,
  ctx: ViewContext,
  company: string | undefined,
): Child[] {
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
