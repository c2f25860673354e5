import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [vue()],
  // Use the workspace packages' sources: edits to @belvo-widget/vue or core show up at once.
  resolve: { conditions: ['@belvo-widget/source'] },
  server: { port: Number(process.env.PORT) || 5175, strictPort: true },
  preview: { port: Number(process.env.PORT) || 5175, strictPort: true },
})
