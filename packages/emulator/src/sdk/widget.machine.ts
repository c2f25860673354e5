// The widget's flow as data: screens, modes and the transitions between them, with the effects
// each transition asks for. No DOM, no timers, no network: `widget.ts` runs the effects and
// `widget.view.ts` draws the state.
import {
  findSandboxInstitution,
  listSandboxInstitutions,
  type SandboxInstitution,
} from '../sandbox/institutions.ts'
import { BELVO_MESSAGES } from '../sandbox/messages.ts'
import type { WidgetConfig } from './config.ts'
import type { EventPayload, ExitPayload, LinkRequest, LinkResult, WidgetSession } from './types.ts'
import { errorEvent, exitPayload, pageLoadEvent, warningEvent } from './widget.payloads.ts'

/** What the widget shows. */
export type Screen =
  | { name: 'loading' }
  | { name: 'welcome' }
  | { name: 'consent' }
  | { name: 'institutions'; notice?: 'disabled' | undefined }
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
  /** The emulator could not be reached (e.g. the page's origin is not allowed): nothing shows. */
  | { name: 'unreachable' }

/**
 * What the widget is doing on that screen: `ready` for input, `confirming` the exit dialog,
 * `submitting` a login, `linked` (the success screen shows, the callback is due) and `finished`
 * (callback or onExit fired: nothing else is reported).
 */
export type Mode = 'ready' | 'confirming' | 'submitting' | 'linked' | 'finished'

export interface MachineState {
  screen: Screen
  mode: Mode
  /** The PAGE_LOAD name of the screen shown, once one was shown. */
  page?: string | undefined
  /** The first screen the user saw (abandoning there adds `step: 'abandon-survey'`). */
  firstPage?: string | undefined
  /** Belvo's code of the institution the user chose. */
  institution?: string | undefined
  lastError?: { code: string; message: string } | undefined
  /** Kept across screens so a failed login does not make the user retype it. */
  username: string
  /** The credentials of the login in flight, so the MFA screen can send them again. */
  attempt?: { username: string; password: string } | undefined
  /** Link created, kept until the callback fires. */
  link?: { id: string; institution: string } | undefined
  session?: WidgetSession | undefined
}

/** What the user or the backend did. */
export type MachineEvent =
  | { type: 'SESSION_STARTED'; session: WidgetSession }
  | { type: 'SESSION_FAILED'; code: string; message: string; request_id: string }
  | { type: 'SESSION_UNREACHABLE' }
  | { type: 'CONTINUE' }
  | { type: 'ACCEPT_CONSENT' }
  | { type: 'CHOOSE'; institution: SandboxInstitution }
  | { type: 'BACK' }
  | { type: 'SUBMIT'; username: string; password: string }
  | { type: 'SUBMIT_MFA'; token: string }
  | { type: 'LINK_RESULT'; result: LinkResult }
  | { type: 'CALLBACK_DUE' }
  | { type: 'DONE' }
  | { type: 'CLOSE' }
  | { type: 'CONFIRM_EXIT' }
  | { type: 'STAY' }
  | { type: 'SURVEY_DONE' }

/** What a transition asks the widget to do, in order. */
export type Effect =
  | { type: 'report'; payload: EventPayload }
  | { type: 'create-link'; request: LinkRequest }
  | { type: 'schedule-callback' }
  | { type: 'callback'; link: string; institution: string }
  | { type: 'exit'; payload: ExitPayload }
  | { type: 'hide' }
  | { type: 'focus'; target: 'screen' | 'confirm' }

// PAGE_LOAD page names. Belvo documents `/institutions` and `/consent` (seed 001); the others
// are the emulator's.
export const PAGES: Record<Exclude<Screen['name'], 'loading' | 'unreachable'>, string> = {
  welcome: '/welcome',
  consent: '/consent',
  institutions: '/institutions',
  credentials: '/credentials',
  mfa: '/mfa',
  success: '/success',
  'token-error': '/error',
  survey: '/abandon-survey',
}

export const initialState = (): MachineState => ({
  screen: { name: 'loading' },
  mode: 'ready',
  username: '',
})

/** Institutions the config lets the user see, in list order. */
export function offeredInstitutions(config: WidgetConfig): SandboxInstitution[] {
  return listSandboxInstitutions().filter(
    (i) =>
      (!config.country_codes?.length || config.country_codes.includes(i.country)) &&
      (!config.institutions?.length || config.institutions.includes(i.code)) &&
      (!config.institution_types?.length || config.institution_types.includes(i.type)) &&
      (!config.resources?.length || config.resources.every((r) => i.resources.includes(r))),
  )
}

/** Whether the user is on the first screen they saw. */
export const onFirstScreen = (state: MachineState): boolean =>
  state.page !== undefined && state.page === state.firstPage

/** Whether a Back button leads from the login form to the list. */
export const canGoBack = (state: MachineState, config: WidgetConfig): boolean =>
  offeredInstitutions(config).length > 1 && !state.session?.updateLink

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
        ? { state: { ...state, mode: 'ready' }, effects: [] }
        : stay
    case 'SURVEY_DONE':
      return screen.name === 'survey' ? exit(state) : stay
  }
}
