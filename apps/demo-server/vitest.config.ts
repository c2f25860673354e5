import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['@belvo-widget/source'] },
  test: {
    name: '@belvo-widget/demo-server',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    restoreMocks: true,
  },
})
