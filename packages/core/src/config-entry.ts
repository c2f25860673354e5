// `@belvo-widget/core/config`: Belvo's startup config keys as data, and the checks
// `createBelvoWidget` runs in development, for tools and apps that validate a config themselves.
export { validateConfig } from './config.ts'
export { EXTERNAL_ID_RULE, isValidExternalId } from './external-id.ts'
export { BELVO_CONFIG_KEYS, BELVO_CONFIG_VALUES, type BelvoConfigKind } from './keys.ts'
