// The widget's state as data: its screens, its modes, the events that move it and the effects a
// move asks for, with the questions the view asks of a state. `widget.machine.ts` holds the
// transitions.
import { listSandboxInstitutions, type SandboxInstitution } from '../sandbox/institutions.ts'
import type { WidgetConfig } from './config.ts'
import type { EventPayload, ExitPayload, LinkRequest, LinkResult, WidgetSession } from './types.ts'

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
