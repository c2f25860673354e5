import { jest } from '@jest/globals'

// react-native-webview's native module is the one part a test has no device for.
jest.mock('react-native-webview/lib/NativeRNCWebViewModule', () => ({
  __esModule: true,
  default: { shouldStartLoadWithLockIdentifier: jest.fn() },
}))

// react-native-webview 16 imports React Native's codegen helpers by deep path, which React Native
// 0.86 warns about on every import; that warning is theirs to fix and says nothing about ours.
const warn = console.warn
console.warn = (...args: unknown[]) => {
  if (String(args[0]).startsWith("Deep imports from the 'react-native' package are deprecated"))
    return
  warn(...args)
}
