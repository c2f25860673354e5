import { Component, computed, input } from '@angular/core'
import type { BelvoWidgetState } from '@belvo-widget/angular'
import { institutionName } from '@belvo-widget/sandbox-kit'
import { Accounts } from './accounts'

/** What came out of the widget: the linked accounts, why the user left, or why it failed. */
@Component({
  selector: 'app-outcome',
  imports: [Accounts],
  template: `
    @let current = state();
    <!-- Always in the page, so that a screen reader announces the text when it changes. -->
    <p role="status" data-testid="exit">{{ current.status === 'exit' ? exitMessage() : '' }}</p>
    @switch (current.status) {
      @case ('success') {
        <section aria-label="Linked account">
          <h2>Linked {{ name(current.institution) }}</h2>
          <p>Link id: <code data-testid="link-id">{{ current.link }}</code></p>
          <app-accounts [link]="current.link!" />
        </section>
      }
      @case ('error') {
        <p class="error" role="alert" data-testid="error">
          <code>{{ current.error?.code }}</code>: {{ current.error?.message }}
        </p>
      }
    }
  `,
})
export class Outcome {
  readonly state = input.required<BelvoWidgetState>()
  protected readonly name = institutionName
  protected readonly exitMessage = computed(() => {
    const error = this.state().exit?.last_encountered_error
    return error
      ? `You left the widget after an error: ${error.message}`
      : 'You left the widget without linking an account.'
  })
}
