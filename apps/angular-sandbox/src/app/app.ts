import { Component } from '@angular/core'
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router'
import { SandboxHint } from './sandbox-hint'

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, SandboxHint],
  template: `
    <h1>Link a bank account · Angular</h1>
    <nav>
      <a routerLink="/" routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }">[belvoWidget] directive</a>
      <a routerLink="/inject" routerLinkActive="active">injectBelvoWidget()</a>
    </nav>
    <app-sandbox-hint />
    <router-outlet />
  `,
})
export class App {}
