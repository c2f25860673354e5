import { HttpClient } from '@angular/common/http'
import { afterNextRender, Component, inject, signal } from '@angular/core'
import { BelvoWidgetDirective } from '@belvo-widget/angular'
import { BELVO_SDK_SRC } from './sdk-src'

interface Account {
  id: string
  name: string
  number: string | null
  currency: string
  balance: { current: number | null }
}

@Component({
  selector: 'app-root',
  imports: [BelvoWidgetDirective],
  template: `
    <main>
      <h1>Your bank accounts</h1>
      <p>Link an account to see its balances.</p>
      <!-- Disabled until hydrated: before that, a click would do nothing. -->
      <button
        type="button"
        [belvoWidget]
        [config]="config"
        (belvoSuccess)="showAccounts($event.link)"
        #widget="belvoWidget"
        [disabled]="!hydrated() || widget.status() === 'loading'"
      >
        {{ widget.status() === 'loading' ? 'Opening…' : 'Link a bank account' }}
      </button>
      @if (widget.error(); as error) {
        <p role="alert">{{ error.code }}: {{ error.message }}</p>
      }
      @if (accountsError(); as message) {
        <p role="alert">{{ message }}</p>
      }
      @if (accounts(); as accounts) {
        <ul aria-label="Accounts">
          @for (account of accounts; track account.id) {
            <li>
              {{ account.name }} {{ account.number ? '(' + account.number + ')' : '' }}:
              {{ account.balance.current ?? '–' }} {{ account.currency }}
            </li>
          }
        </ul>
      }
    </main>
  `,
})
export class App {
  readonly #http = inject(HttpClient)
  readonly #src = inject(BELVO_SDK_SRC)
  /** The token and locale come from provideBelvoWidget() in app.config.ts. */
  readonly config = this.#src ? { src: this.#src } : {}
  readonly hydrated = signal(false)
  readonly accounts = signal<Account[] | undefined>(undefined)
  readonly accountsError = signal<string | undefined>(undefined)

  constructor() {
    afterNextRender(() => this.hydrated.set(true))
  }

  showAccounts(link: string): void {
    this.#http.get<{ accounts: Account[] }>(`/api/links/${link}/accounts`).subscribe({
      next: (body) => this.accounts.set(body.accounts),
      error: (failure) =>
        this.accountsError.set(failure.error?.error?.message ?? 'Could not read the accounts.'),
    })
  }
}
