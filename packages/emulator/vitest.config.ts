import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['@belvo-widget/source'] },
  test: {
    name: '@belvo-widget/emulator',
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    restoreMocks: true,
  },
})
