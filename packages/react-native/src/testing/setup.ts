import { jest } from '@jest/globals'

// react-native-webview's native module is the one part a test has no device for.
jest.mock('react-native-webview/lib/NativeRNCWebViewModule', () => ({
  __esModule: true,
  default: { shouldStartLoadWithLockIdentifier: jest.fn() },
}))
