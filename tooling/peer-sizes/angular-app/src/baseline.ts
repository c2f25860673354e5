// The app without a widget: a signal-driven component and a button, what the two apps beside it
// add a binding to.
import { Component, signal } from '@angular/core'
import { bootstrapApplication } from '@angular/platform-browser'

@Component({
  selector: 'app-root',
  template: `<button type="button" (click)="status.set('open')">Add bank account</button>
    <p>{{ status() }}</p>`,
})
class App {
  readonly status = signal('idle')
}

bootstrapApplication(App)
