import { Component } from '@angular/core'
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router'
import { SandboxHint } from './sandbox-hint'

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, SandboxHint],
  template: `
    <main>
      <h1>Belvo widget · Angular</h1>
      <nav aria-label="Pages">
        <a routerLink="/" routerLinkActive="active" [routerLinkActiveOptions]="{ exact: true }">[belvoWidget] directive</a>
        <a routerLink="/inject" routerLinkActive="active">injectBelvoWidget()</a>
      </nav>
      <app-sandbox-hint />
      <router-outlet />
    </main>
  `,
})
export class App {}
