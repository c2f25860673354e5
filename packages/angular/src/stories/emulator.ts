import { type InstalledEmulator, installBelvoEmulator } from '@belvo-widget/emulator/testing'

let installed: InstalledEmulator | undefined

/** The emulated Belvo SDK, installed once per page: offline, no keys. */
export function belvoEmulator(): InstalledEmulator {
  installed ??= installBelvoEmulator()
  return installed
}
