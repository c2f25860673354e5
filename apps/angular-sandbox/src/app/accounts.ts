import { httpResource } from '@angular/common/http'
import { Component, inject, input } from '@angular/core'
import { formatMoney } from '@belvo-widget/sandbox-kit'
import { SANDBOX_CONFIG } from './sandbox-config'

/** The fields the sandbox shows of a Belvo account. */
interface BelvoAccount {
  id: string
  name: string
  number: string | null
  currency: string
  balance: { current: number | null; available: number | null }
}

/** A link's accounts, fetched through the demo server (which holds the secret keys). */
@Component({
  selector: 'app-accounts',
  template: `
    @if (accounts.isLoading()) {
      <p>Loading accounts…</p>
    } @else if (accounts.error()) {
      <p class="error" role="alert">Could not load the accounts: {{ accounts.error()?.message }}</p>
    } @else if (accounts.hasValue()) {
      <table>
        <caption>Accounts</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">Number</th><th scope="col">Balance</th></tr></thead>
        <tbody>
          @for (account of accounts.value().accounts; track account.id) {
            <tr>
              <td>{{ account.name }}</td>
              <td>{{ account.number }}</td>
              <td class="amount">{{ money(account.balance.current, account.currency) }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
})
export class Accounts {
  readonly link = input.required<string>()
  readonly #config = inject(SANDBOX_CONFIG)
  protected readonly money = formatMoney
  protected readonly accounts = httpResource<{ accounts: BelvoAccount[] }>(
    () => `${this.#config.demoServerUrl}/api/links/${encodeURIComponent(this.link())}/accounts`,
  )
}
