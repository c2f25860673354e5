// React Native's own URL class (Flow source, no typings), which an app installs as the global.
// biome-ignore lint/suspicious/noReactNativeDeepImports: typings for that one file
declare module 'react-native/Libraries/Blob/URL' {
  export const URL: typeof globalThis.URL
  export const URLSearchParams: typeof globalThis.URLSearchParams
}
