import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { conditions: ['@belvo-widget/source'] },
  test: {
    name: '@belvo-widget/core',
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    restoreMocks: true,
  },
})
