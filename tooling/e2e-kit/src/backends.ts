import { type DemoServer, startDemoServer } from '@belvo-widget/demo-server'
import { type EmulatorOptions, type RunningEmulator, startEmulator } from '@belvo-widget/emulator'

/** The emulator standing for Belvo and the demo server standing for the integrator's backend. */
export interface Backends {
  emulator: RunningEmulator
  /** Its `POST /api/widget-token` asks `emulator` for widget tokens. */
  demo: DemoServer
  /** Stops both servers. */
  close(): Promise<void>
}

/**
 * Starts the emulator and a demo server pointed at it, both on 127.0.0.1 with free ports.
 * `options` go to the emulator (faults, latencies); `port` and `quiet` default to `0` and `true`.
 *
 * @example
 * ```ts
 * const backends = await startBackends()
 * process.env.VITE_DEMO_SERVER_URL = backends.demo.url
 * process.env.VITE_BELVO_SDK_SRC = backends.emulator.scriptUrl
 * // …
 * await backends.close()
 * ```
 */
export async function startBackends(options: EmulatorOptions = {}): Promise<Backends> {
  const emulator = await startEmulator({ port: 0, quiet: true, ...options })
  let demo: DemoServer
  try {
    demo = await startDemoServer({ port: 0, belvoEnv: emulator.url })
  } catch (error) {
    await emulator.close()
    throw error
  }
  return {
    emulator,
    demo,
    close: async () => {
      await demo.close()
      await emulator.close()
    },
  }
}
