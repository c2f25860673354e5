import '../globals.js'
import { provideZonelessChangeDetection } from '@angular/core'
import { bootstrapApplication } from '@angular/platform-browser'
import { AddAccountComponent } from './add-account.component'
// The example leaves saveLink empty for the reader to fill in; here it shows the link.
AddAccountComponent.prototype.saveLink = (link: string) =>
  (window as unknown as { saveLink(link: string): void }).saveLink(link)
bootstrapApplication(AddAccountComponent, { providers: [provideZonelessChangeDetection()] })