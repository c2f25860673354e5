import { Component, signal } from '@angular/core'
import {
  type BelvoStartupConfig,
  BelvoWidgetDirective,
  type BelvoWidgetState,
} from '@belvo-widget/angular'
import { Outcome } from './outcome'

/** The directive form: `[belvoWidget]` on a button, outcomes through its outputs. */
@Component({
  selector: 'app-directive-page',
  imports: [BelvoWidgetDirective, Outcome],
  template: `
    <p>
      The <code>[belvoWidget]</code> directive opens the widget when its button is clicked; with
      <code>prefetchOnIntent</code>, pointing at or focusing the button fetches the token and the
      script first.
    </p>
    <button
      belvoWidget
      prefetchOnIntent
      [config]="config"
      #widget="belvoWidget"
      [disabled]="widget.status() === 'loading'"
      (belvoSuccess)="outcome.set({ status: 'success', link: $event.link, institution: $event.institution })"
      (belvoExit)="outcome.set({ status: 'exit', exit: $event })"
      (belvoError)="outcome.set({ status: 'error', error: $event })"
      (belvoEvent)="events.update((list) => [...list, $event.eventName])"
    >
      {{ widget.status() === 'loading' ? 'Opening…' : 'Add bank account' }}
    </button>
    <app-outcome [state]="outcome()" />
    @if (events().length) {
      <details>
        <summary>Widget events ({{ events().length }})</summary>
        <ol>
          @for (event of events(); track $index) {
            <li>{{ event }}</li>
          }
        </ol>
      </details>
    }
  `,
})
export class DirectivePage {
  protected readonly config: BelvoStartupConfig = { country_codes: ['MX', 'CO'] }
  protected readonly outcome = signal<BelvoWidgetState>({ status: 'idle' })
  protected readonly events = signal<string[]>([])
}
