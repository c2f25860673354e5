import { Component } from '@angular/core'
import { BelvoWidgetDirective } from '@belvo-widget/angular'

@Component({
  selector: 'app-add-account',
  imports: [BelvoWidgetDirective],
  template: `
    <button type="button" [belvoWidget]="fetchToken" [config]="{ locale: 'en' }"
            (success)="saveLink($event.link)" #widget="belvoWidget"
            [disabled]="widget.status() === 'loading'">Add bank account</button>
  `,
})
export class AddAccountComponent {
  fetchToken = () => fetch('/api/widget-token', { method: 'POST' })
  saveLink(link: string) {}
}
