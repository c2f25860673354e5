import { defaultClientConditions, defineConfig } from 'vite'

const port = Number(process.env.PORT) || 5173

export default defineConfig({
  // Resolve workspace packages to their sources, so edits to @belvo-widget/core show up at once.
  resolve: { conditions: ['@belvo-widget/source', ...defaultClientConditions] },
  server: { port, strictPort: true },
  preview: { port, strictPort: true },
})
