// The browser half: Chromium drives the emulator's hosted widget page (global-setup.mjs) and the
// deep links it sends are fed to the component, under React Native's Jest preset as in `test`.
const unit = require('./jest.config.cjs')

/** @type {import('jest').Config} */
module.exports = {
  ...unit,
  globalSetup: '<rootDir>/e2e/global-setup.mjs',
  globalTeardown: '<rootDir>/e2e/global-teardown.mjs',
  testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts?(x)'],
}
