// The walk through the emulated widget, written once: which control to use at each step, by its
// data-* selector (for DOM drivers) and by its accessible label (for Playwright and Testing
// Library). The testing entry's `user`, the Playwright kit and the Storybook play functions all
// run these steps.
import type { SandboxCredential } from '../sandbox/credentials.ts'
import { listSandboxInstitutions, type SandboxInstitution } from '../sandbox/institutions.ts'
import { STRINGS, type WidgetLocale } from './strings.ts'
import { selectors, type WidgetAction, type WidgetInput } from './widget.dom.ts'

/** One thing a person does in the widget. */
export type WalkStep =
  /** Press the button with this accessible name (`selector` finds it in the widget's DOM). */
  | { kind: 'press'; action: WidgetAction; label: string; selector: string }
  /** Pick an institution: its button's accessible name contains `label` (its display name). */
  | { kind: 'choose'; institution: string; label: string; selector: string }
  /** Type `value` into the field labelled `label`. */
  | { kind: 'fill'; input: WidgetInput; label: string; selector: string; value: string }

/** Options of {@link loginWalk}. */
export interface LoginWalkOptions {
  /** Institution code or display name. Default `'erebor_mx_retail'` (Erebor México). */
  institution?: string
  /** The widget's locale, which decides the labels. Default `'en'`. */
  locale?: WidgetLocale
  /**
   * The first screen: `'welcome'` (default, "Continue"), `'consent'` (a Brazil Open Finance
   * token: "Give consent"), `'list'` (the institution list) or `'login'` (the login form, when
   * `institutions` names one institution or in update mode).
   */
  from?: 'welcome' | 'consent' | 'list' | 'login'
}

/** The sandbox institution for a code or display name, or a clear error naming the choices. */
export function walkInstitution(nameOrCode = 'erebor_mx_retail'): SandboxInstitution {
  const all = listSandboxInstitutions()
  const found = all.find((i) => i.code === nameOrCode || i.displayName === nameOrCode)
  if (!found) {
    throw new Error(
      `No sandbox institution is called "${nameOrCode}": use a code or display name from SANDBOX_INSTITUTIONS (${all.map((i) => i.code).join(', ')}).`,
    )
  }
  return found
}

const press = (action: WidgetAction, label: string): WalkStep => ({
  kind: 'press',
  action,
  label,
  selector: selectors.action(action),
})

const fill = (input: WidgetInput, label: string, value: string): WalkStep => ({
  kind: 'fill',
  input,
  label,
  selector: selectors.input(input),
  value,
})

/** The steps of each part of the walk, for drivers that run one part at a time. */
export const walkSteps = {
  /** From the first screen to the institution list. */
  open(from: 'welcome' | 'consent', locale: WidgetLocale = 'en'): WalkStep[] {
    const t = STRINGS[locale]
    return [
      from === 'consent' ? press('consent-accept', t.consentAccept) : press('continue', t.continue),
    ]
  },
  /** Picks an institution in the list. */
  choose(institution: SandboxInstitution): WalkStep[] {
    return [
      {
        kind: 'choose',
        institution: institution.code,
        label: institution.displayName,
        selector: selectors.institution(institution.code),
      },
    ]
  },
  /** From a login form back to the list. */
  back(locale: WidgetLocale = 'en'): WalkStep[] {
    return [press('back', STRINGS[locale].back)]
  },
  /** Fills the login form of `institution` (its username label differs) and submits it. */
  logIn(
    username: string,
    password: string,
    {
      institution,
      locale = 'en',
    }: { institution?: Pick<SandboxInstitution, 'usernameKind'>; locale?: WidgetLocale } = {},
  ): WalkStep[] {
    const t = STRINGS[locale]
    return [
      fill('username', t.username[institution?.usernameKind ?? 'username'], username),
      fill('password', t.password, password),
      press('login', t.connect),
    ]
  },
  /** Fills the MFA code and submits it. */
  mfa(token: string, locale: WidgetLocale = 'en'): WalkStep[] {
    const t = STRINGS[locale]
    return [fill('token', t.mfaLabel, token), press('mfa', t.verify)]
  },
}

/**
 * The whole walk for one row of `SANDBOX_CREDENTIALS`: to the institution, its login form, and
 * the MFA code when the row asks for one. The widget then shows the row's outcome.
 *
 * @example
 * ```ts
 * for (const step of loginWalk(SANDBOX_CREDENTIALS.mfa, { locale: 'pt', from: 'consent' })) {
 *   // step.kind: 'press' | 'choose' | 'fill'; step.label and step.selector find the control
 * }
 * ```
 */
export function loginWalk(
  credentials: SandboxCredential,
  { institution, locale = 'en', from = 'welcome' }: LoginWalkOptions = {},
): WalkStep[] {
  const inst = walkInstitution(institution)
  const steps: WalkStep[] = []
  if (from === 'welcome' || from === 'consent') steps.push(...walkSteps.open(from, locale))
  if (from !== 'login') steps.push(...walkSteps.choose(inst))
  steps.push(
    ...walkSteps.logIn(credentials.username, credentials.password, { institution: inst, locale }),
  )
  if (credentials.outcome.kind === 'mfa') {
    steps.push(...walkSteps.mfa(credentials.outcome.token, locale))
  }
  return steps
}
