// Starting the emulator for a Playwright run: a global setup, or worker and test fixtures.
import type { Page } from '@playwright/test'
import {
  type EmulatorOptions,
  type RunningEmulator,
  startEmulator,
} from '../server/start-emulator.ts'
import { type CountOptions, countWidgetRequests, type WidgetRequests } from './requests.ts'

/**
 * A Playwright global setup that starts the emulator before the app's `webServer` is used and
 * stops it after the run. It sets `BELVO_EMULATOR_URL` (and `BELVO_SDK_SRC`, the script's URL)
 * for the tests; give the emulator a fixed `port` so `webServer.env` can point the app at it.
 *
 * @example
 * ```ts
 * // e2e/global-setup.ts
 * import { emulatorSetup } from '@belvo-widget/emulator/playwright'
 * export default emulatorSetup({ port: 5100 })
 * ```
 */
export function emulatorSetup(options: EmulatorOptions = {}): () => Promise<() => Promise<void>> {
  return async () => {
    const emulator = await startEmulator({ quiet: true, ...options })
    process.env.BELVO_EMULATOR_URL = emulator.url
    process.env.BELVO_SDK_SRC = emulator.scriptUrl
    return () => emulator.close()
  }
}

/** The test-scoped fixtures {@link belvoFixtures} adds. */
export interface BelvoTestFixtures {
  /** This test's counts of SDK script and token requests (its own page). */
  widgetRequests: WidgetRequests
}

/** The worker-scoped fixtures {@link belvoFixtures} adds. */
export interface BelvoWorkerFixtures {
  /** An emulator started for this worker (port 0 unless `options.port`). */
  emulator: RunningEmulator
}

type Use<T> = (value: T) => Promise<void>

/**
 * Fixtures for `test.extend()`: `emulator` (one per worker, started with `options`) and
 * `widgetRequests` (the counts of this test's page). For an app started by Playwright's
 * `webServer`, start the emulator with {@link emulatorSetup} instead and use `widgetRequests`.
 *
 * @example
 * ```ts
 * import { test as base, expect } from '@playwright/test'
 * import { belvoFixtures, type BelvoTestFixtures, type BelvoWorkerFixtures } from '@belvo-widget/emulator/playwright'
 * export const test = base.extend<BelvoTestFixtures, BelvoWorkerFixtures>(belvoFixtures())
 * ```
 */
export function belvoFixtures(options: EmulatorOptions & CountOptions = {}) {
  const { tokenUrl, ...emulatorOptions } = options
  return {
    emulator: [
      // Playwright reads which fixtures a fixture needs from its first parameter's pattern.
      // biome-ignore lint/correctness/noEmptyPattern: this one needs none
      async ({}: object, use: Use<RunningEmulator>) => {
        const emulator = await startEmulator({ port: 0, quiet: true, ...emulatorOptions })
        try {
          await use(emulator)
        } finally {
          await emulator.close()
        }
      },
      { scope: 'worker' as const },
    ],
    widgetRequests: async ({ page }: { page: Page }, use: Use<WidgetRequests>) => {
      await use(countWidgetRequests(page, { tokenUrl }))
    },
  } as const
}
