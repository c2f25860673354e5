import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const port = Number(process.env.PORT) || 5174

export default defineConfig({
  plugins: [react()],
  // Use the workspace packages' sources: edits to @belvo-widget/react or core show up at once.
  resolve: { conditions: ['@belvo-widget/source'] },
  server: { port, strictPort: true },
  preview: { port, strictPort: true },
})
