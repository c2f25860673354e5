export {
  browserEngine,
  CHROMIUM_FLAGS,
  chromiumLaunchOptions,
  engineName,
  launchBrowser,
  launchChromium,
} from '@belvo-widget/browser-kit'
export { accessibilityViolations } from './a11y.ts'
export { type Backends, startBackends } from './backends.ts'
export { type DevServer, startDevServer } from './dev-server.ts'
export {
  type CapturedNavigation,
  type CapturedRedirects,
  captureHostedRedirects,
  MOBILE_DEVICE,
  newPhoneContext,
} from './hosted.ts'
export { installPackedPackages, type PackedProject } from './packed.ts'
export {
  answerBelvoHosts,
  BELVO_HOSTS,
  countWidgetRequests,
  openPage,
  type WidgetRequests,
} from './page.ts'
export { type LogInOptions, leaveAfterLoginError, logInToInstitution } from './widget.ts'
