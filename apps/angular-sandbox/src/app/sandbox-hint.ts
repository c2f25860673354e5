import { Component } from '@angular/core'
import { CREDENTIAL_HINTS } from '@belvo-widget/sandbox-kit'

/** The emulator's credentials table, as every sandbox shows it. */
@Component({
  selector: 'app-sandbox-hint',
  template: `
    <aside class="hint" aria-label="Sandbox credentials">
      <strong>Sandbox credentials (any institution)</strong>
      <table>
        @for (hint of hints; track hint.password) {
          <tr>
            <td><code>{{ hint.username }}</code></td>
            <td><code>{{ hint.password }}</code></td>
            <td>{{ hint.outcome }}</td>
          </tr>
        }
      </table>
    </aside>
  `,
})
export class SandboxHint {
  protected readonly hints = CREDENTIAL_HINTS
}
