// React Native's Jest preset (its environment, mocks and Babel transform). Workspace packages are
// read from their sources, like every other suite here (the `@belvo-widget/source` condition).
/** @type {import('jest').Config} */
module.exports = {
  preset: '@react-native/jest-preset',
  testEnvironmentOptions: {
    customExportConditions: ['@belvo-widget/source', 'require', 'react-native'],
  },
  // React Native ships untranspiled Flow and ESM; pnpm keeps packages under node_modules/.pnpm.
  transformIgnorePatterns: [
    '/node_modules/(?!(\\.pnpm/)?((jest-)?react-native(-webview)?|@react-native(-community)?)[/@+])',
  ],
  // The README's snippet imports the package by its name.
  moduleNameMapper: { '^@belvo-widget/react-native$': '<rootDir>/src/index.ts' },
  setupFiles: ['<rootDir>/src/testing/setup.ts'],
  testMatch: ['<rootDir>/src/**/*.test.ts?(x)'],
  // CI's two cores are shared by parallel tasks; a cold React Native module graph takes seconds.
  testTimeout: 15_000,
}
