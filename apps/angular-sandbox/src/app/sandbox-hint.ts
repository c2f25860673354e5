import { Component } from '@angular/core'
import { CREDENTIAL_HINTS, LINKING_CREDENTIALS } from '@belvo-widget/sandbox-kit'

/** The emulator's credentials table, as every sandbox shows it. */
@Component({
  selector: 'app-sandbox-hint',
  template: `
    <details class="hint" aria-label="Sandbox credentials">
      <summary>
        Log in with <code>{{ linking.username }}</code> / <code>{{ linking.password }}</code> on any
        institution; other passwords:
      </summary>
      <table>
        @for (hint of hints; track hint.password) {
          <tr>
            <td><code>{{ hint.username }}</code></td>
            <td><code>{{ hint.password }}</code></td>
            <td>{{ hint.outcome }}</td>
          </tr>
        }
      </table>
    </details>
  `,
})
export class SandboxHint {
  protected readonly hints = CREDENTIAL_HINTS
  protected readonly linking = LINKING_CREDENTIALS
}
