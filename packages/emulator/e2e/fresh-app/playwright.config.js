import { defineConfig } from '@playwright/test'

const emulatorPort = Number(process.env.EMULATOR_PORT ?? 5100)
const appPort = Number(process.env.APP_PORT ?? 5173)
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
    command: `npx vite --port ${appPort} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${appPort}`,
    env: {
      BELVO_EMULATOR_URL: emulator,
      VITE_BELVO_SDK_SRC: `${emulator}/belvo-widget-1-stable.js`,
    },
  },
})
