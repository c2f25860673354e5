import type { Routes } from '@angular/router'
import { DirectivePage } from './directive-page'
import { InjectPage } from './inject-page'

export const routes: Routes = [
  { path: '', component: DirectivePage, title: 'Directive · Belvo widget' },
  { path: 'inject', component: InjectPage, title: 'injectBelvoWidget · Belvo widget' },
  { path: '**', redirectTo: '' },
]
