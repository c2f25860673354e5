import { type InstalledEmulator, installBelvoEmulator } from '@belvo-widget/emulator/testing'

let installed: InstalledEmulator | undefined

/**
 * The emulated Belvo SDK, installed once per page: stories load the SDK script as an app would
 * and get the emulator's widget, offline and with no keys. Mint tokens with `createToken()`.
 */
export function belvoEmulator(): InstalledEmulator {
  installed ??= installBelvoEmulator()
  return installed
}
