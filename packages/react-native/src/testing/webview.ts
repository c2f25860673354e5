// The one native part these tests stand in for: react-native-webview's native module, which
// receives the JS answer to "may this navigation load?" (`shouldStartLoadWithLockIdentifier`).
// Everything else (react-native-webview's JS, its whitelist, React Native's renderer) is real;
// `loadRequest()` plays the native webview asking about one navigation, as iOS and Android do.
import { expect, type jest } from '@jest/globals'
import { act, fireEvent, screen } from '@testing-library/react-native'
import NativeWebViewModule from 'react-native-webview/lib/NativeRNCWebViewModule'

type Answer = (shouldStart: boolean, lockIdentifier: number) => void
export const answers =
  NativeWebViewModule.shouldStartLoadWithLockIdentifier as jest.MockedFunction<Answer>

let lock = 0

/** The `RNCWebView` host view react-native-webview renders. */
export const nativeWebView = () => screen.UNSAFE_root.findByType('RNCWebView' as never)

/** Asks, as the native webview does, whether `url` may load; returns the JS answer. */
export async function loadRequest(url: string, options: { isTopFrame?: boolean } = {}) {
  const lockIdentifier = ++lock
  answers.mockClear()
  await act(async () => {
    fireEvent(nativeWebView(), 'onShouldStartLoadWithRequest', {
      nativeEvent: {
        url,
        lockIdentifier,
        isTopFrame: options.isTopFrame ?? true,
        navigationType: 'other',
        loading: true,
        title: '',
        canGoBack: false,
        canGoForward: false,
      },
    })
  })
  expect(answers).toHaveBeenCalledTimes(1)
  const [shouldStart, answeredLock] = answers.mock.calls[0]!
  expect(answeredLock).toBe(lockIdentifier)
  return shouldStart
}
