// `@belvo-widget/emulator/playwright`: drive the emulated Connect widget from an app's own
// Playwright suite, wherever the app opens it (the page, an iframe, a custom element's shadow
// root, or the hosted widget page). Uses only the Page and Locator it is given: no browser, no
// runner and no code of its own at import.
export { SANDBOX_CREDENTIALS, type SandboxCredentialName } from '../sandbox/credentials.ts'
export {
  type BelvoTestFixtures,
  type BelvoWorkerFixtures,
  belvoFixtures,
  emulatorSetup,
} from './fixtures.ts'
export { type CountOptions, countWidgetRequests, type WidgetRequests } from './requests.ts'
export {
  belvoWidget,
  exitWidget,
  type FailLoginOptions,
  failLogin,
  type LinkAccountOptions,
  linkAccount,
  runWalk,
  type WidgetOptions,
} from './widget.ts'
