import { defineConfig } from 'vitest/config'

export default defineConfig({
  // Read the server package and the emulator from source (Node tests resolve through `ssr`).
  resolve: { conditions: ['@belvo-widget/source'] },
  ssr: { resolve: { conditions: ['@belvo-widget/source'] } },
  test: {
    name: '@belvo-widget/demo-server',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    restoreMocks: true,
  },
})
