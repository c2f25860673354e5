import { type InstalledEmulator, installBelvoEmulator } from '@belvo-widget/emulator/testing'

let installed: InstalledEmulator | undefined

/**
 * The emulated Belvo SDK, installed once per page with `window.belvoSDK` already defined: stories
 * get the emulator's widget offline and with no keys, and the loader never adds a script tag, so
 * no request leaves the page (a static build works from any file server, with or without a
 * network). Mint tokens with `createToken()`.
 */
export function belvoEmulator(): InstalledEmulator {
  installed ??= installBelvoEmulator({ preinstalled: true })
  return installed
}
