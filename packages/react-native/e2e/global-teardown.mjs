import { rm } from 'node:fs/promises'

export default async function globalTeardown() {
  await globalThis.__belvoE2E?.browser.close().catch(() => {})
  await globalThis.__belvoE2E?.emulator.close()
  if (process.env.BELVO_CAPTURED) await rm(process.env.BELVO_CAPTURED, { force: true })
}
