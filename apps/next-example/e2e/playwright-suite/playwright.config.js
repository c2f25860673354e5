import { defineConfig } from '@playwright/test'

// The Next.js example's production build (`next start` in NEXT_APP_DIR) against the emulator,
// as a user's own suite would run it.
const emulatorPort = Number(process.env.EMULATOR_PORT ?? 5100)
const appPort = Number(process.env.APP_PORT ?? 3000)
const emulator = `http://127.0.0.1:${emulatorPort}`

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.js',
  workers: 1,
  use: {
    baseURL: `http://127.0.0.1:${appPort}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox'],
    },
  },
  webServer: {
    command: `npx next start --port ${appPort} --hostname 127.0.0.1`,
    cwd: process.env.NEXT_APP_DIR,
    url: `http://127.0.0.1:${appPort}`,
    env: {
      BELVO_ENV: emulator,
      BELVO_SECRET_ID: 'emulator-secret-id',
      BELVO_SECRET_PASSWORD: 'emulator-secret-password',
      BELVO_SDK_SRC: `${emulator}/belvo-widget-1-stable.js`,
      SESSION_SECRET: 'a-session-secret-of-32-characters-or-more',
    },
  },
})
