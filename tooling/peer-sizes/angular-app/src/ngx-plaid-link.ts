// The baseline app with ngx-plaid-link's directive on its button, as its README shows it.
import { Component, signal } from '@angular/core'
import { bootstrapApplication } from '@angular/platform-browser'
import { NgxPlaidLinkModule } from 'ngx-plaid-link'

@Component({
  selector: 'app-root',
  imports: [NgxPlaidLinkModule],
  template: `<button
      type="button"
      ngxPlaidLink
      token="link-sandbox-token"
      (Success)="status.set($event.token)"
      (Exit)="status.set('exit')"
    >
      Add bank account
    </button>
    <p>{{ status() }}</p>`,
})
class App {
  readonly status = signal('idle')
}

bootstrapApplication(App)
