import { Component, computed, input } from '@angular/core'
import type { BelvoWidgetState } from '@belvo-widget/core'

/** The widget's state as an app would show it. */
@Component({
  selector: 'belvo-story-outcome',
  template: `
    @let current = state();
    <p>Status: <code>{{ current.status }}</code></p>
    @if (current.link) {
      <p role="status">Linked {{ current.institution }}: <code>{{ current.link }}</code></p>
    }
    @if (current.exit) {
      <p role="status">{{ exitMessage() }}</p>
    }
    @if (current.error) {
      <p role="alert">{{ current.error.code }}: {{ current.error.message }}</p>
    }
  `,
})
export class StoryOutcome {
  readonly state = input.required<BelvoWidgetState>()
  protected readonly exitMessage = computed(() => {
    const error = this.state().exit?.last_encountered_error
    return `You closed the widget${error ? ` after ${error.code}: ${error.message}` : '.'}`
  })
}
