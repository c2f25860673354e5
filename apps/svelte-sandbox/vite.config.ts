import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defaultClientConditions, defineConfig } from 'vite'

const port = Number(process.env.PORT) || 5178

export default defineConfig({
  plugins: [svelte()],
  // Use the workspace packages' sources: edits to @belvo-widget/element or core show up at once.
  resolve: { conditions: ['@belvo-widget/source', ...defaultClientConditions] },
  server: { port, strictPort: true },
  preview: { port, strictPort: true },
})
