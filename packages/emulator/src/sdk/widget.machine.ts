// The widget's flow: the transitions between the states of `widget.state.ts`, with the effects
// each asks for. No DOM, no timers, no network: `widget.ts` runs the effects and
// `widget.view.ts` draws the state.
import { findSandboxInstitution, type SandboxInstitution } from '../sandbox/institutions.ts'
import { BELVO_MESSAGES } from '../sandbox/messages.ts'
import type { WidgetConfig } from './config.ts'
import { errorEvent, exitPayload, pageLoadEvent, warningEvent } from './widget.payloads.ts'
import {
  canGoBack,
  type Effect,
  type MachineEvent,
  type MachineState,
  offeredInstitutions,
  onFirstScreen,
  PAGES,
  type Screen,
} from './widget.state.ts'

interface Step {
  state: MachineState
  effects: Effect[]
}

/** Moves to `screen`, reporting PAGE_LOAD when the page changes. */
function show(state: MachineState, screen: Screen, effects: Effect[] = []): Step {
  const next: MachineState = {
    ...state,
    screen,
    mode: state.mode === 'linked' ? 'linked' : 'ready',
  }
  if (screen.name === 'loading' || screen.name === 'unreachable') return { state: next, effects }
  const page = PAGES[screen.name]
  if (page === state.page) return { state: next, effects }
  next.page = page
  if (screen.name !== 'token-error' && screen.name !== 'survey' && !state.firstPage) {
    next.firstPage = page
  }
  return {
    state: next,
    effects: [
      ...effects,
      { type: 'report', payload: pageLoadEvent(page, state.page, next.institution) },
      { type: 'focus', target: 'screen' },
    ],
  }
}

/** The institution whose login form opens directly: `institutions` names one usable code. */
function directInstitution(config: WidgetConfig): SandboxInstitution | undefined {
  const offered = offeredInstitutions(config)
  const only = offered.length === 1 ? offered[0] : undefined
  return config.institutions && only && only.status !== 'disabled' ? only : undefined
}

/** After the welcome or the consent: the one institution's login form, or the list. */
function afterStart(state: MachineState, config: WidgetConfig): Step {
  const only = directInstitution(config)
  if (only) {
    return show({ ...state, institution: only.code }, { name: 'credentials', institution: only })
  }
  return show(state, { name: 'institutions' })
}

function exit(state: MachineState): Step {
  return {
    state: { ...state, mode: 'finished' },
    effects: [
      { type: 'hide' },
      {
        type: 'exit',
        payload: exitPayload({
          lastError: state.lastError,
          institution: state.institution,
          abandoned: onFirstScreen(state) || state.screen.name === 'survey',
        }),
      },
    ],
  }
}

function finishLink(state: MachineState, hide: boolean): Step {
  const link = state.link
  if (!link) return { state, effects: [] }
  const effects: Effect[] = [{ type: 'callback', link: link.id, institution: link.institution }]
  if (hide) effects.unshift({ type: 'hide' })
  return { state: { ...state, mode: 'finished', link: undefined }, effects }
}

function confirmExit(state: MachineState, config: WidgetConfig): Step {
  if (onFirstScreen(state) && config.show_abandon_survey) {
    return show(state, { name: 'survey' })
  }
  return exit(state)
}

/**
 * The next state and its effects. Pure: the same state and event always give the same answer
 * (apart from the fresh `request_id`s and timestamps inside reported payloads).
 */
export function transition(state: MachineState, event: MachineEvent, config: WidgetConfig): Step {
  const stay: Step = { state, effects: [] }
  if (state.mode === 'finished') {
    // Nothing is reported any more; the Done and close buttons only hide what is left.
    return event.type === 'DONE' || event.type === 'CLOSE'
      ? { state, effects: [{ type: 'hide' }] }
      : stay
  }
  const { screen } = state
  switch (event.type) {
    case 'SESSION_STARTED': {
      const started: MachineState = { ...state, session: event.session }
      const updated = event.session.updateLink
        ? findSandboxInstitution(event.session.updateLink.institution)
        : undefined
      if (updated) {
        return show(
          { ...started, institution: updated.code },
          { name: 'credentials', institution: updated },
        )
      }
      // OFDA consent comes first (seed 001: `/institutions` is reached from `/consent`).
      if (event.session.consent) return show(started, { name: 'consent' })
      if (directInstitution(config)) return afterStart(started, config)
      return show(started, { name: 'welcome' })
    }
    case 'SESSION_FAILED': {
      const failed = show(
        { ...state, lastError: { code: event.code, message: event.message } },
        { name: 'token-error' },
      )
      failed.effects.push({
        type: 'report',
        payload: errorEvent(event.code, event.message, event.request_id),
      })
      return failed
    }
    case 'SESSION_UNREACHABLE':
      return show(state, { name: 'unreachable' })
    case 'CONTINUE':
      return screen.name === 'welcome' ? show(state, { name: 'institutions' }) : stay
    case 'ACCEPT_CONSENT':
      return screen.name === 'consent' ? afterStart(state, config) : stay
    case 'CHOOSE': {
      if (screen.name !== 'institutions' || state.mode !== 'ready') return stay
      const { institution } = event
      if (institution.status === 'disabled') {
        const step = show(state, { name: 'institutions', notice: 'disabled' })
        step.effects.push({
          type: 'report',
          payload: warningEvent(BELVO_MESSAGES.institution_disabled, institution.code),
        })
        return step
      }
      return show({ ...state, institution: institution.code }, { name: 'credentials', institution })
    }
    case 'BACK':
      return screen.name === 'credentials' && canGoBack(state, config)
        ? show(state, { name: 'institutions' })
        : stay
    case 'SUBMIT':
    case 'SUBMIT_MFA': {
      if (state.mode !== 'ready') return stay
      if (event.type === 'SUBMIT' && screen.name !== 'credentials') return stay
      if (event.type === 'SUBMIT_MFA' && screen.name !== 'mfa') return stay
      const { username, password } =
        event.type === 'SUBMIT' ? event : (screen as Extract<Screen, { name: 'mfa' }>)
      const { institution } = screen as Extract<Screen, { name: 'credentials' | 'mfa' }>
      return {
        state: { ...state, mode: 'submitting', username, attempt: { username, password } },
        effects: [
          {
            type: 'create-link',
            request: {
              institution: institution.code,
              username,
              password,
              mfaToken: event.type === 'SUBMIT_MFA' ? event.token : undefined,
              access_mode: config.access_mode,
              external_id: config.external_id,
            },
          },
        ],
      }
    }
    case 'LINK_RESULT': {
      if (state.mode !== 'submitting') return stay
      if (screen.name !== 'credentials' && screen.name !== 'mfa') return stay
      const { institution } = screen
      const { result } = event
      if (result.status === 'success') {
        const step = show(
          { ...state, mode: 'linked', link: { id: result.link, institution: result.institution } },
          { name: 'success', institution },
        )
        step.effects.push({ type: 'schedule-callback' })
        return step
      }
      const ready: MachineState = { ...state, mode: 'ready', attempt: undefined }
      if (result.status === 'mfa_required') {
        return show(ready, {
          name: 'mfa',
          institution,
          username: state.attempt?.username ?? state.username,
          password: state.attempt?.password ?? '',
        })
      }
      const failed: MachineState = {
        ...ready,
        lastError: { code: result.code, message: result.message },
      }
      const step =
        result.code === 'ACCESS_TOKEN_NOT_VALID'
          ? show(failed, { name: 'token-error' })
          : screen.name === 'mfa'
            ? show(failed, { ...screen, error: result.message })
            : show(failed, { name: 'credentials', institution, error: result.message })
      step.effects.push({
        type: 'report',
        payload: errorEvent(result.code, result.message, result.request_id, state.institution),
      })
      return step
    }
    case 'CALLBACK_DUE':
      return state.mode === 'linked' ? finishLink(state, false) : stay
    case 'DONE':
      return state.mode === 'linked' ? finishLink(state, true) : stay
    case 'CLOSE': {
      if (state.mode === 'linked') return finishLink(state, true)
      if (state.mode === 'confirming') return stay
      if (
        screen.name === 'token-error' ||
        screen.name === 'survey' ||
        screen.name === 'unreachable'
      )
        return exit(state)
      if (config.show_close_dialog) {
        return {
          state: { ...state, mode: 'confirming' },
          effects: [{ type: 'focus', target: 'confirm' }],
        }
      }
      return confirmExit(state, config)
    }
    case 'CONFIRM_EXIT':
      return state.mode === 'confirming' ? confirmExit({ ...state, mode: 'ready' }, config) : stay
    case 'STAY':
      return state.mode === 'confirming'
        ? // The confirmation held the focus: it goes back to the screen, not to the page.
          { state: { ...state, mode: 'ready' }, effects: [{ type: 'focus', target: 'screen' }] }
        : stay
    case 'SURVEY_DONE':
      return screen.name === 'survey' ? exit(state) : stay
  }
}
