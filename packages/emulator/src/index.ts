export type { WebhookDelivery, WebhookPayload } from './api/webhooks.ts'
export * from './sandbox/index.ts'
export { SDK_SCRIPT_NAMES } from './sdk/script-names.ts'
export { EmulatorError, type EmulatorErrorCode } from './server/errors.ts'
export type { EmulatorFaults } from './server/faults.ts'
export type { DeepLinkKind } from './server/hosted.ts'
export {
  type EmulatorOptions,
  type RunningEmulator,
  startEmulator,
} from './server/start-emulator.ts'
