export { CHROMIUM_FLAGS, chromiumLaunchOptions, launchChromium } from './chromium.ts'
export {
  BROWSER_ENGINES,
  type BrowserEngine,
  browserEngine,
  engineName,
  firefoxPath,
  launchBrowser,
} from './engines.ts'
export { type LoopbackServer, serveOnLoopback } from './loopback.ts'
export {
  type FreshAppOptions,
  freePort,
  installFreshApp,
  type PackedSuiteOptions,
  type PlaywrightReport,
  packPackage,
  runPackedSuite,
  runPlaywrightTests,
} from './packed.ts'
export { type EngineTestOptions, engineProjects, selectedEngines } from './vitest-projects.ts'
export { launchWebKit, MINIBROWSER_MIN_WIDTH, webkitDriverPath } from './webkit.ts'
