import { bootstrapApplication } from '@angular/platform-browser'
import { App } from './app/app'
import { appConfig } from './app/app.config'
import { loadSandboxConfig } from './app/sandbox-config'

loadSandboxConfig()
  .then((config) => bootstrapApplication(App, appConfig(config)))
  .catch((error) => console.error(error))
