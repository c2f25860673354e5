export {
  CHROMIUM_FLAGS,
  chromiumLaunchOptions,
  engineName,
  launchBrowser,
  launchChromium,
} from '@belvo-widget/browser-kit'
export { type Backends, startBackends } from './backends.ts'
export { type DevServer, startDevServer } from './dev-server.ts'
export { countWidgetRequests, openPage, type WidgetRequests } from './page.ts'
export { type LogInOptions, leaveAfterLoginError, logInToInstitution } from './widget.ts'
