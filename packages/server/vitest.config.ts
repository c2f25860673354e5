import { defineConfig } from 'vitest/config'

const resolve = { conditions: ['@belvo-widget/source'] }

export default defineConfig({
  resolve,
  test: {
    restoreMocks: true,
    projects: [
      {
        resolve,
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
