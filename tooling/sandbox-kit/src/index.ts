import {
  SANDBOX_CREDENTIALS,
  SANDBOX_INSTITUTIONS,
  type SandboxCredential,
} from '@belvo-widget/emulator/sandbox'

export { type Account, type DemoServerClient, demoServerClient } from './demo-server.ts'

/** One row of the credentials hint: what to type and what happens. */
export interface CredentialHint {
  username: string
  password: string
  /** What happens, in words: "links the account", "login_error: …". */
  outcome: string
}

const describe = ({ outcome }: SandboxCredential) =>
  outcome.kind === 'success'
    ? 'links the account'
    : outcome.kind === 'mfa'
      ? `asks for a code: ${outcome.token} links the account`
      : `${outcome.code}: ${outcome.message}`

/** The emulator's credentials table as the sandboxes show it, one row per outcome. */
export const CREDENTIAL_HINTS: readonly CredentialHint[] = Object.values(SANDBOX_CREDENTIALS).map(
  (credential) => ({
    username: credential.username,
    password: credential.password,
    outcome: describe(credential),
  }),
)

/** The row that links an account: what a visitor tries first. */
export const LINKING_CREDENTIALS: CredentialHint = CREDENTIAL_HINTS[0]!

/** The name a person knows an institution by (`Erebor México`), or its code when unknown. */
export const institutionName = (code: string | undefined): string =>
  (code && (SANDBOX_INSTITUTIONS as Record<string, { displayName: string }>)[code]?.displayName) ||
  (code ?? '')

/**
 * An amount in its currency, one format for a currency and locale everywhere
 * (`Intl.NumberFormat`): `MX$8,372.00` in English. A missing amount reads as a dash.
 */
export const formatMoney = (
  amount: number | null | undefined,
  currency: string,
  locale = 'en',
): string =>
  amount == null
    ? '–'
    : new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount)

/** The icon of the sandboxes and the demo server: two linked rings. */
export const FAVICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0e7c66"/><circle cx="11" cy="16" r="5" fill="none" stroke="#fff" stroke-width="3"/><circle cx="21" cy="16" r="5" fill="none" stroke="#fff" stroke-width="3"/></svg>'

/** {@link FAVICON_SVG} as a data URL. */
export const FAVICON = `data:image/svg+xml,${encodeURIComponent(FAVICON_SVG)}`

/** Gives the page the sandboxes' icon (call it from the app's entry). */
export function addFavicon(doc: Document = document): void {
  if (doc.querySelector('link[rel="icon"]')) return
  const link = doc.createElement('link')
  link.rel = 'icon'
  link.href = FAVICON
  doc.head.append(link)
}
