import { defineConfig } from 'vitest/config'

// Unit tests sit beside the code (`src/**/*.test.ts`); the browser and spawned-process tests
// are in e2e/ (vitest.e2e.config.ts).
// Sources, not dist/: under the Node environment imports resolve through `ssr`.
// The testing entry's `*.dom.test.ts` run once per DOM Belvo customers use for unit tests:
// jsdom, and happy-dom (which also tries to load the CDN script itself: the emulator must win).
const DOMS = ['jsdom', 'happy-dom'] as const

export default defineConfig({
  resolve: { conditions: ['@belvo-widget/source'] },
  ssr: { resolve: { conditions: ['@belvo-widget/source'] } },
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: '@belvo-widget/emulator',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.dom.test.ts'],
        },
      },
      ...DOMS.map((environment) => ({
        extends: true as const,
        test: {
          name: `@belvo-widget/emulator (${environment})`,
          include: ['src/**/*.dom.test.ts'],
          environment,
          // Each test starts on a fresh page and uninstalls after itself (dom.fixture.ts), so
          // the files of one DOM share a worker: isolating them loaded the DOM and the entry
          // once per file and doubled the CPU time of these tests.
          isolate: false,
        },
      })),
    ],
  },
})
