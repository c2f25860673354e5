// The baseline app with @belvo-widget/angular's directive on its button, as its README shows it.
import { Component, signal } from '@angular/core'
import { bootstrapApplication } from '@angular/platform-browser'
import { BelvoWidgetDirective } from '@belvo-widget/angular'

@Component({
  selector: 'app-root',
  imports: [BelvoWidgetDirective],
  template: `<button
      type="button"
      [belvoWidget]="token"
      (belvoSuccess)="status.set($event.link)"
      (belvoExit)="status.set('exit')"
    >
      Add bank account
    </button>
    <p>{{ status() }}</p>`,
})
class App {
  readonly status = signal('idle')
  readonly token = () => fetch('/api/widget-token', { method: 'POST' })
}

bootstrapApplication(App)
