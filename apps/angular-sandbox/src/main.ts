import { bootstrapApplication } from '@angular/platform-browser'
import { addFavicon } from '@belvo-widget/sandbox-kit'
import { App } from './app/app'
import { appConfig } from './app/app.config'
import { loadSandboxConfig } from './app/sandbox-config'

addFavicon()
loadSandboxConfig()
  .then((config) => bootstrapApplication(App, appConfig(config)))
  .catch((error) => console.error(error))
