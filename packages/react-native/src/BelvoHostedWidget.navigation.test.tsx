// What the webview does with the widget's frames, through react-native-webview's
// own JS (its originWhitelist check included) as on iOS, Jest's platform.
import { decideHostedNavigation } from '@belvo-widget/core/hosted'
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { act, render, waitFor } from '@testing-library/react-native'
import { Linking } from 'react-native'
import { SCHEME_URLS as callbackUrls, DECIDE_CASES } from '../../core/src/testing/hosted-cases.ts'
import { BelvoHostedWidget, type BelvoHostedWidgetProps } from './index.ts'
import { loadRequest, nativeWebView } from './testing/webview.ts'

function setup(props: Partial<BelvoHostedWidgetProps> = {}) {
  const callbacks = { onSuccess: jest.fn(), onExit: jest.fn(), onEvent: jest.fn() }
  render(<BelvoHostedWidget token="t" callbackUrls={callbackUrls} {...callbacks} {...props} />)
  return callbacks
}
const widgetPage = async (): Promise<string> =>
  waitFor(() => nativeWebView().props.newSource.uri, { timeout: 5000 })
// What leaves the app: react-native-webview's own hand-off and ours both go through Linking.
const leftTheApp = async () => {
  await act(async () => {})
  return [
    ...jest.mocked(Linking.canOpenURL).mock.calls.map(([url]) => url),
    ...jest.mocked(Linking.openURL).mock.calls.map(([url]) => url),
  ]
}
beforeEach(() => {
  jest.mocked(Linking.canOpenURL).mockClear()
  jest.mocked(Linking.openURL).mockClear()
})

describe('<BelvoHostedWidget> frames inside the widget', () => {
  it.each([
    ['an about:srcdoc frame', 'about:srcdoc'],
    ['a data: frame', 'data:text/html,<p>consent</p>'],
    ["a blob: frame of the widget's", 'blob:https://widget.belvo.io/4f1c2c1e-uuid'],
    ['an http frame', 'http://captcha.example/frame'],
  ])('%s loads, and nothing leaves the app', async (_, url) => {
    setup()
    await widgetPage()
    expect(await loadRequest(url, { isTopFrame: false })).toBe(true)
    expect(await leftTheApp()).toEqual([])
  })

  it("another app's scheme in a frame neither loads nor opens that app", async () => {
    const onOpenUrl = jest.fn()
    setup({ onOpenUrl })
    await widgetPage()
    expect(await loadRequest('bankapp://consent?id=1', { isTopFrame: false })).toBe(false)
    expect(await leftTheApp()).toEqual([])
    expect(onOpenUrl).not.toHaveBeenCalled()
  })

  it.each(DECIDE_CASES)(
    'the webview answers as core decides: %s',
    async (_, request, urls, decision) => {
      setup({ callbackUrls: urls })
      await widgetPage()
      expect(decideHostedNavigation(request, { callbackUrls: urls })).toEqual(decision)
      expect(await loadRequest(request.url, { isTopFrame: request.isTopFrame })).toBe(
        decision.action === 'load',
      )
      const outside = decision.action === 'open-outside' ? [decision.url] : []
      expect(await leftTheApp()).toEqual(outside)
    },
  )
})
