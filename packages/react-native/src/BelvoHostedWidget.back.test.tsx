// Android's back button, with React Native's Android BackHandler (Jest's platform is iOS).
import { describe, expect, it, jest } from '@jest/globals'
import { act, fireEvent, render, waitFor } from '@testing-library/react-native'
import { DeviceEventEmitter } from 'react-native'
import { SCHEME_URLS as callbackUrls } from '../../core/src/testing/hosted-cases.ts'
import { BelvoHostedWidget } from './index.ts'
import { nativeWebView } from './testing/webview.ts'

jest.mock('react-native/Libraries/Utilities/BackHandler', () =>
  jest.requireActual('react-native/Libraries/Utilities/BackHandler.android'),
)

const pressBack = () => act(() => DeviceEventEmitter.emit('hardwareBackPress'))
const navigated = (canGoBack: boolean) =>
  act(() => {
    fireEvent(nativeWebView(), 'onLoadingFinish', {
      nativeEvent: {
        url: 'https://widget.belvo.io/step',
        canGoBack,
        canGoForward: false,
        loading: false,
        title: '',
        navigationType: 'other',
      },
    })
  })

describe("<BelvoHostedWidget> and Android's back button", () => {
  it('with no page to go back to, calls onDismiss', async () => {
    const onDismiss = jest.fn()
    render(<BelvoHostedWidget token="t" callbackUrls={callbackUrls} onDismiss={onDismiss} />)
    await waitFor(() => nativeWebView(), { timeout: 5000 })
    await pressBack()
    expect(onDismiss).toHaveBeenCalledTimes(1)
  })

  it('with a page to go back to, goes back in the widget instead', async () => {
    const onDismiss = jest.fn()
    render(<BelvoHostedWidget token="t" callbackUrls={callbackUrls} onDismiss={onDismiss} />)
    await waitFor(() => nativeWebView(), { timeout: 5000 })
    await navigated(true)
    await pressBack()
    expect(onDismiss).not.toHaveBeenCalled()
    await navigated(false)
    await pressBack()
    expect(onDismiss).toHaveBeenCalledTimes(1)
  })

  it('after unmount, the back button is not taken', async () => {
    const onDismiss = jest.fn()
    const view = render(
      <BelvoHostedWidget token="t" callbackUrls={callbackUrls} onDismiss={onDismiss} />,
    )
    await waitFor(() => nativeWebView(), { timeout: 5000 })
    view.unmount()
    await pressBack()
    expect(onDismiss).not.toHaveBeenCalled()
  })
})
