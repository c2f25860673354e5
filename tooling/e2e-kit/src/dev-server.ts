import { fileURLToPath } from 'node:url'
import type { Backends } from './backends.ts'

/** A sandbox served by Vite's dev server. */
export interface DevServer {
  /** Where the app is, e.g. `http://127.0.0.1:41234/`. */
  url: string
  close(): Promise<void>
}

/**
 * Serves the Vite app in `root` (with its own `vite.config.ts`) from Vite's dev server on
 * 127.0.0.1 with a free port, its `VITE_DEMO_SERVER_URL` and `VITE_BELVO_SDK_SRC` pointed at
 * `backends`. Vite reads `VITE_*` variables from the environment it starts in, so both are set
 * on `process.env`.
 *
 * @example
 * ```ts
 * const app = await startDevServer(new URL('..', import.meta.url), backends)
 * await page.goto(app.url)
 * ```
 */
export async function startDevServer(root: URL, backends: Backends): Promise<DevServer> {
  // Imported on call: only the suites that serve an app with Vite have it.
  const { createServer } = await import('vite')
  process.env.VITE_DEMO_SERVER_URL = backends.demo.url
  process.env.VITE_BELVO_SDK_SRC = backends.emulator.scriptUrl
  const server = await createServer({
    root: fileURLToPath(root),
    server: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'error',
  })
  await server.listen()
  return { url: server.resolvedUrls!.local[0]!, close: () => server.close() }
}
