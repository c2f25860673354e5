import { Component } from '@angular/core'
import { injectBelvoWidget } from '@belvo-widget/angular'
import { Outcome } from './outcome'

/** The function form: `injectBelvoWidget()` in a component, state read from its signals. */
@Component({
  selector: 'app-inject-page',
  imports: [Outcome],
  template: `
    <p><code>injectBelvoWidget()</code> gives the widget's state as signals and an <code>open()</code>.</p>
    <button type="button" (click)="widget.open()" [disabled]="widget.status() === 'loading'">
      {{ widget.status() === 'loading' ? 'Opening…' : 'Add bank account' }}
    </button>
    <app-outcome [state]="widget.state()" />
  `,
})
export class InjectPage {
  protected readonly widget = injectBelvoWidget({ country_codes: ['MX', 'CO'] })
}
