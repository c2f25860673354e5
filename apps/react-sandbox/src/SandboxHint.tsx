import { CREDENTIAL_HINTS } from '@belvo-widget/sandbox-kit'

/** The emulator's credentials table, as every sandbox shows it. */
export function SandboxHint() {
  return (
    <aside className="hint" aria-label="Sandbox credentials">
      <strong>Sandbox credentials (any institution)</strong>
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
    </aside>
  )
}
