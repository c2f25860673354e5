import { defineConfig } from 'vitest/config'

// The built CLI, as `pnpm dev` runs it (turbo builds first).
export default defineConfig({
  test: {
    name: '@belvo-widget/demo-server (cli)',
    environment: 'node',
    include: ['e2e/**/*.e2e.test.ts'],
  },
})
