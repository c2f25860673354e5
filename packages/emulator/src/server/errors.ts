/** Codes of the errors `startEmulator` and `setFaults` throw. */
export type EmulatorErrorCode = 'INVALID_OPTION' | 'PORT_IN_USE' | 'SDK_ASSET_MISSING'

/**
 * Thrown when the emulator cannot start or an option is wrong; `code` tells which,
 * the message says what to change.
 *
 * @example
 * ```ts
 * try { await startEmulator({ port: 5100 }) }
 * catch (e) { if (e instanceof EmulatorError && e.code === 'PORT_IN_USE') … }
 * ```
 */
export class EmulatorError extends Error {
  override name = 'EmulatorError'
  constructor(
    readonly code: EmulatorErrorCode,
    message: string,
  ) {
    super(message)
  }
}
