// What the webview does with the widget's frames and new windows, through react-native-webview's
// own JS (its originWhitelist check included) as on iOS, Jest's platform.
import { decideHostedNavigation } from '@belvo-widget/core/hosted'
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react-native'
import { Linking } from 'react-native'
import { SCHEME_URLS as callbackUrls, DECIDE_CASES } from '../../core/src/testing/hosted-cases.ts'
import { BelvoHostedWidget, type BelvoHostedWidgetProps } from './index.ts'
import { loadRequest, nativeWebView } from './testing/webview.ts'

const LINK = 'cb65f82c-dc93-4d3e-8270-9a27528397f5'

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
// iOS: a link with target=_blank, or window.open(), in the widget.
const openWindow = (targetUrl: string) =>
  act(async () => {
    fireEvent(nativeWebView(), 'onOpenWindow', { nativeEvent: { targetUrl } })
  })

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

describe('<BelvoHostedWidget> links that open a new window (iOS onOpenWindow)', () => {
  it('a Belvo page opens in the browser, and the widget stays where it was', async () => {
    const { onSuccess, onExit } = setup()
    const uri = await widgetPage()
    await openWindow('https://belvo.com/privacy')
    expect(await leftTheApp()).toEqual(['https://belvo.com/privacy'])
    expect(nativeWebView().props.newSource.uri).toBe(uri)
    expect(onSuccess).not.toHaveBeenCalled()
    expect(onExit).not.toHaveBeenCalled()
  })

  it('goes through onOpenUrl when given', async () => {
    const onOpenUrl = jest.fn()
    setup({ onOpenUrl })
    await widgetPage()
    await openWindow('https://widget.belvo.io/terms')
    await act(async () => {})
    expect(onOpenUrl.mock.calls).toEqual([['https://widget.belvo.io/terms']])
    expect(await leftTheApp()).toEqual([])
  })

  it("a bank's page opens outside once", async () => {
    setup()
    await widgetPage()
    await openWindow('https://auth.bank.example/authorize?request=1')
    expect(await leftTheApp()).toEqual(['https://auth.bank.example/authorize?request=1'])
  })

  it('a redirect to a callback URL is the outcome, and nothing opens', async () => {
    const { onSuccess } = setup()
    await widgetPage()
    await openWindow(`myapp://success?link=${LINK}&institution=erebor_br_retail`)
    expect(onSuccess).toHaveBeenCalledTimes(1)
    expect(onSuccess).toHaveBeenCalledWith(LINK, 'erebor_br_retail')
    expect(await leftTheApp()).toEqual([])
  })

  it('an about:blank window opens nothing', async () => {
    setup()
    await widgetPage()
    await openWindow('about:blank')
    expect(await leftTheApp()).toEqual([])
  })

  it('after the flow ended, a late window opens nothing', async () => {
    setup()
    await widgetPage()
    const { onOpenWindow } = nativeWebView().props
    await loadRequest(`myapp://exit?meta_data_step=abandon-survey`)
    expect(screen.queryByTestId('belvo-hosted-widget')).toBeNull()
    await act(async () => {
      onOpenWindow({ nativeEvent: { targetUrl: 'https://belvo.com/privacy' } })
    })
    expect(await leftTheApp()).toEqual([])
  })
})
