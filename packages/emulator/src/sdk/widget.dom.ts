// The one place that names the widget's DOM: its data-* attributes, element ids and the queries
// on them. The view writes these attributes; the testing entry's driver and the shared login
// walk read them, so a renamed attribute breaks in one file, not three.

/** `data-*` attributes the view puts on its controls. */
export const ATTR = {
  /** The widget's root element; its value is the widget's id. */
  root: 'data-belvo-emulator-widget',
  /** A button, by what it does (`continue`, `login`, `close`, …). */
  action: 'data-bw-action',
  /** A form field, by name (`username`, `password`, `token`, `reason`). */
  input: 'data-bw-input',
  /** A button in the institution list; its value is the institution code. */
  institution: 'data-bw-institution',
  /** A form, by screen (`credentials`, `mfa`, `survey`, `consent`). */
  form: 'data-bw-form',
  /** The screen shown (`welcome`, `consent`, `institutions`, …). */
  screen: 'data-bw-screen',
} as const

/** Every button the widget renders, by its `data-bw-action` value. */
export type WidgetAction =
  | 'close'
  | 'continue'
  | 'consent-accept'
  | 'login'
  | 'back'
  | 'mfa'
  | 'done'
  | 'confirm-exit'
  | 'confirm-stay'
  | 'survey-submit'
  | 'survey-skip'

/** Every form field, by its `data-bw-input` value. */
export type WidgetInput = 'username' | 'password' | 'token' | 'reason'

const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`

/** CSS selectors for the widget's parts, relative to its root. */
export const selectors = {
  action: (action: WidgetAction) => `[${ATTR.action}=${quote(action)}]`,
  input: (name: WidgetInput) => `[${ATTR.input}=${quote(name)}]`,
  institution: (code: string) => `[${ATTR.institution}=${quote(code)}]`,
  anyInstitution: `[${ATTR.institution}]`,
  /** Where the first focus goes on a new screen. */
  firstField: '.bw-body input',
  title: '.bw-body h2',
  overlay: ':scope > .bw-overlay',
}

/** Element ids, unique per widget id so two widgets in one page never clash. */
export const ids = {
  title: (id: number) => `bw-title-${id}`,
  username: (id: number) => `bw-username-${id}`,
  password: (id: number) => `bw-password-${id}`,
  mfa: (id: number) => `bw-mfa-${id}`,
  survey: (id: number) => `bw-survey-${id}`,
  confirmTitle: (id: number) => `bw-confirm-title-${id}`,
  confirmBody: (id: number) => `bw-confirm-body-${id}`,
  confirmExit: (id: number) => `bw-confirm-exit-${id}`,
}

/** The selector that finds `element` again after a re-render, if it is a named control. */
export function controlKey(element: Element): string | undefined {
  for (const name of [ATTR.action, ATTR.input, ATTR.institution]) {
    const value = element.getAttribute(name)
    if (value !== null) return `[${name}=${quote(value)}]`
  }
  return undefined
}

/** Institution codes offered by the list on screen, in order. */
export const listedInstitutions = (root: ParentNode): string[] =>
  Array.from(root.querySelectorAll(selectors.anyInstitution), (el) =>
    el.getAttribute(ATTR.institution),
  ).filter((code): code is string => code !== null)
