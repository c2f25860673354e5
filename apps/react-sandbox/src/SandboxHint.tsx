import { SANDBOX_CREDENTIALS, SANDBOX_INSTITUTIONS } from '@belvo-widget/emulator/sandbox'

const SHOWN = ['success', 'mfa', 'invalidCredentials', 'tooManySessions'] as const

/** The emulator's test credentials, so a visitor knows what to type. */
export function SandboxHint() {
  return (
    <aside className="hint" aria-label="Sandbox credentials">
      <p>
        Choose <strong>{SANDBOX_INSTITUTIONS.erebor_mx_retail.displayName}</strong> and log in with:
      </p>
      <ul>
        {SHOWN.map((name) => {
          const { username, password, outcome } = SANDBOX_CREDENTIALS[name]
          return (
            <li key={name}>
              <code>
                {username} / {password}
              </code>{' '}
              → {outcome.kind === 'error' ? outcome.code : outcome.kind}
              {outcome.kind === 'mfa' && ` (code ${outcome.token})`}
            </li>
          )
        })}
      </ul>
    </aside>
  )
}
