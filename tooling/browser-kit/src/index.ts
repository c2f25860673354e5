export { CHROMIUM_FLAGS, chromiumLaunchOptions, launchChromium } from './chromium.ts'
export { type PlaywrightStep, runSteps } from './steps.ts'
