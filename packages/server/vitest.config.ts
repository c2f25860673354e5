import { defineConfig } from 'vitest/config'

// Tests and the emulator are read from source; Node-environment tests resolve through `ssr`.
const resolve = { conditions: ['@belvo-widget/source'] }
const ssr = { resolve: { conditions: ['@belvo-widget/source'] } }

export default defineConfig({
  resolve,
  ssr,
  test: {
    restoreMocks: true,
    projects: [
      {
        resolve,
        ssr,
        test: {
          name: '@belvo-widget/server',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/*.edge.test.ts'],
          restoreMocks: true,
        },
      },
      {
        // The Fetch handler again, inside Vercel's Edge Runtime globals: no Node APIs allowed.
        resolve,
        ssr,
        test: {
          name: '@belvo-widget/server (edge-runtime)',
          environment: 'edge-runtime',
          include: ['src/**/*.edge.test.ts'],
          restoreMocks: true,
        },
      },
    ],
  },
})
