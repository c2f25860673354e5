import { Component } from '@angular/core'
import { SANDBOX_CREDENTIALS, SANDBOX_MFA_TOKEN } from '@belvo-widget/emulator/sandbox'

@Component({
  selector: 'app-sandbox-hint',
  template: `
    <aside class="hint" aria-label="Sandbox credentials">
      <strong>Emulator credentials</strong> (any healthy bank, e.g. Erebor México):
      <ul>
        @for (credential of credentials; track credential.label) {
          <li>
            <code>{{ credential.username }}</code> / <code>{{ credential.password }}</code>: {{ credential.label }}
          </li>
        }
      </ul>
      MFA token: <code>{{ mfaToken }}</code>
    </aside>
  `,
})
export class SandboxHint {
  protected readonly mfaToken = SANDBOX_MFA_TOKEN
  protected readonly credentials = [
    { ...SANDBOX_CREDENTIALS.success, label: 'links at once' },
    { ...SANDBOX_CREDENTIALS.mfa, label: 'asks for an MFA token' },
    { ...SANDBOX_CREDENTIALS.invalidCredentials, label: 'wrong password' },
    { ...SANDBOX_CREDENTIALS.institutionDown, label: 'bank is down' },
  ]
}
