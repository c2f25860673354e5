import { CREDENTIAL_HINTS, LINKING_CREDENTIALS } from '@belvo-widget/sandbox-kit'

/** The emulator's credentials table, as every sandbox shows it. */
export function SandboxHint() {
  return (
    <details className="hint" aria-label="Sandbox credentials">
      <summary>
        Log in with <code>{LINKING_CREDENTIALS.username}</code> /{' '}
        <code>{LINKING_CREDENTIALS.password}</code> on any institution; other passwords:
      </summary>
      <table>
        <tbody>
          {CREDENTIAL_HINTS.map(({ username, password, outcome }) => (
            <tr key={password}>
              <td>
                <code>{username}</code>
              </td>
              <td>
                <code>{password}</code>
              </td>
              <td>{outcome}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
