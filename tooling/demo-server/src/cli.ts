#!/usr/bin/env node
import { EMULATOR_URL, startDemoServer } from './index.ts'

const port = process.env.PORT ? Number(process.env.PORT) : 5101
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got ${JSON.stringify(process.env.PORT)}.`)
  process.exit(1)
}

try {
  const server = await startDemoServer({
    port,
    ...(process.env.HOST && { host: process.env.HOST }),
  })
  const target = server.belvoEnv === EMULATOR_URL ? `${EMULATOR_URL} (emulator)` : server.belvoEnv
  console.log(`demo server  ${server.url}  → Belvo at ${target}`)
  const stop = () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
} catch (error) {
  console.error(`demo server failed to start: ${(error as Error).message}`)
  process.exit(1)
}
