import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The app's backend, as a dev-server route: a widget token from Belvo (here the emulator).
const widgetToken = {
  name: 'widget-token',
  configureServer(server) {
    server.middlewares.use('/api/widget-token', async (_req, res) => {
      const answer = await fetch(`${process.env.BELVO_EMULATOR_URL}/api/token/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          id: 'emulator-secret-id',
          password: 'emulator-secret-password',
          scopes: 'read_institutions,write_links',
        }),
      })
      const { access } = await answer.json()
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ access }))
    })
  },
}

export default defineConfig({ plugins: [react(), widgetToken] })
