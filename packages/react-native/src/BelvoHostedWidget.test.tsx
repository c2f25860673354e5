import { describe, expect, it, jest } from '@jest/globals'
import { act, render, screen, waitFor } from '@testing-library/react-native'
import { StrictMode } from 'react'
import { Linking } from 'react-native'
import { WebView } from 'react-native-webview'
import { SCHEME_URLS as callbackUrls, QUERY_URLS } from '../../core/src/testing/hosted-cases.ts'
import { BelvoHostedWidget, type BelvoHostedWidgetProps } from './index.ts'
import { loadRequest, nativeWebView } from './testing/webview.ts'

const LINK = 'cb65f82c-dc93-4d3e-8270-9a27528397f5'
const SUCCESS = `myapp://success?link=${LINK}&institution=erebor_br_retail`
const EXIT =
  'myapp://exit?last_encountered_error_code=login_error&last_encountered_error_message=Invalid%20credentials&meta_data_institution_name=erebor_br_retail'
const WARNING = 'myapp://warning?warning=institution_disabled&warning_message=Down'
const TOKEN_ERROR = 'myapp://error?error=ACCESS_TOKEN_NOT_VALID&error_message=Not%20valid'
const BANK = 'https://auth.bank.example/authorize?request=1'

function setup(props: Partial<BelvoHostedWidgetProps> = {}) {
  const callbacks = {
    onSuccess: jest.fn(),
    onExit: jest.fn(),
    onEvent: jest.fn(),
    onError: jest.fn(),
  }
  const view = render(
    <BelvoHostedWidget
      token="access-token"
      config={{
        locale: 'pt',
        mode: 'webapp',
        integration_type: 'openfinance',
        country_codes: ['BR'],
      }}
      callbackUrls={callbackUrls}
      {...callbacks}
      {...props}
    />,
  )
  return { ...callbacks, view }
}

// The address the native webview is told to open (react-native-webview passes it as `newSource`).
const widgetPage = async (): Promise<string> =>
  waitFor(() => nativeWebView().props.newSource.uri, { timeout: 5000 })

describe('<BelvoHostedWidget>', () => {
  it('opens the hosted widget with the token and config, and lets the widget page load', async () => {
    setup()
    const uri = await widgetPage()
    expect(uri).toBe(
      'https://widget.belvo.io/?locale=pt&mode=webapp&integration_type=openfinance&country_codes=BR&access_token=access-token',
    )
    expect(await loadRequest(uri)).toBe(true)
    expect(await loadRequest('https://widget.belvo.io/assets/step-2')).toBe(true)
  })

  it('a success redirect is refused by the webview and reported once, with the link', async () => {
    const { onSuccess, onExit } = setup()
    await widgetPage()
    expect(await loadRequest(SUCCESS)).toBe(false)
    expect(onSuccess).toHaveBeenCalledTimes(1)
    expect(onSuccess).toHaveBeenCalledWith(LINK, 'erebor_br_retail')
    // The webview is gone once the flow has ended.
    expect(screen.queryByTestId('belvo-hosted-widget')).toBeNull()
    expect(onExit).not.toHaveBeenCalled()
  })

  it('an exit redirect gives the exit data in the shape of the SDK widget', async () => {
    const { onExit } = setup()
    await widgetPage()
    expect(await loadRequest(EXIT)).toBe(false)
    expect(onExit).toHaveBeenCalledTimes(1)
    expect(onExit).toHaveBeenCalledWith({
      last_encountered_error: { code: 'login_error', message: 'Invalid credentials' },
      meta_data: { institution_name: 'erebor_br_retail' },
    })
  })

  it('a warning is an event and the widget stays; a repeated request for it is not reported again', async () => {
    const { onEvent, onSuccess } = setup()
    const uri = await widgetPage()
    expect(await loadRequest(WARNING)).toBe(false)
    expect(await loadRequest(WARNING)).toBe(false)
    expect(onEvent).toHaveBeenCalledTimes(1)
    expect(onEvent).toHaveBeenCalledWith({
      type: 'warning',
      code: 'institution_disabled',
      message: 'Down',
    })
    expect(await loadRequest(uri)).toBe(true)
    expect(await loadRequest(SUCCESS)).toBe(false)
    expect(onSuccess).toHaveBeenCalledTimes(1)
  })

  it("the widget's token error is an event, then an error that says to open it again", async () => {
    const { onEvent, onError } = setup()
    await widgetPage()
    expect(await loadRequest(TOKEN_ERROR)).toBe(false)
    expect(onEvent).toHaveBeenCalledWith({
      type: 'error',
      code: 'ACCESS_TOKEN_NOT_VALID',
      message: 'Not valid',
    })
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]![0]).toMatchObject({
      name: 'BelvoWidgetError',
      code: 'widget_failed',
      message: expect.stringContaining('open it again with a fresh token'),
    })
  })

  it('opens a bank page outside through Linking and does not load it; nothing else goes to Linking', async () => {
    jest.mocked(Linking.openURL).mockClear()
    setup()
    const uri = await widgetPage()
    expect(await loadRequest(BANK)).toBe(false)
    expect(await loadRequest('bankapp://consent?id=1')).toBe(false)
    await act(async () => {})
    expect(jest.mocked(Linking.openURL).mock.calls).toEqual([[BANK], ['bankapp://consent?id=1']])
    jest.mocked(Linking.openURL).mockClear()
    expect(await loadRequest(uri)).toBe(true)
    expect(
      await loadRequest('https://www.google.com/recaptcha/api2/anchor', { isTopFrame: false }),
    ).toBe(true)
    expect(await loadRequest(SUCCESS)).toBe(false)
    await act(async () => {})
    expect(Linking.openURL).not.toHaveBeenCalled()
  })

  it("Belvo's guide whitelist (the callback scheme only) sends the widget's own pages out of the app", async () => {
    jest.mocked(Linking.openURL).mockClear()
    const onShouldStartLoadWithRequest = jest.fn(() => true)
    render(
      <WebView
        source={{ uri: 'https://widget.belvo.io/?access_token=t' }}
        originWhitelist={['myapp://*']}
        onShouldStartLoadWithRequest={onShouldStartLoadWithRequest}
      />,
    )
    expect(await loadRequest('https://widget.belvo.io/?access_token=t')).toBe(false)
    await act(async () => {})
    expect(Linking.openURL).toHaveBeenCalledWith('https://widget.belvo.io/?access_token=t')
    expect(onShouldStartLoadWithRequest).not.toHaveBeenCalled()
  })

  it('callback URLs that differ only in the query are told apart', async () => {
    const { onExit, onSuccess } = setup({ callbackUrls: QUERY_URLS })
    await widgetPage()
    expect(
      await loadRequest('https://app.example/connect?state=exit&meta_data_step=abandon-survey'),
    ).toBe(false)
    expect(onExit).toHaveBeenCalledWith({ meta_data: { step: 'abandon-survey' } })
    expect(onSuccess).not.toHaveBeenCalled()
  })

  it('reports nothing after unmount', async () => {
    const { onSuccess, view } = setup()
    await widgetPage()
    // A navigation the native side reports after the screen went away.
    const ask = nativeWebView().props.onShouldStartLoadWithRequest
    view.unmount()
    await act(async () => {
      ask({ nativeEvent: { url: SUCCESS, lockIdentifier: 99 } })
    })
    expect(onSuccess).not.toHaveBeenCalled()
  })

  it('under StrictMode, one open and one success', async () => {
    const token = jest.fn(async () => ({ access: 'access-token' }))
    const onSuccess = jest.fn()
    render(
      <StrictMode>
        <BelvoHostedWidget token={token} callbackUrls={callbackUrls} onSuccess={onSuccess} />
      </StrictMode>,
    )
    await widgetPage()
    expect(await loadRequest(SUCCESS)).toBe(false)
    expect(onSuccess).toHaveBeenCalledTimes(1)
  })

  it('a failing token function is an onError with the reason, and no webview', async () => {
    const onError = jest.fn()
    render(
      <BelvoHostedWidget
        token={async () => {
          throw new Error('server down')
        }}
        callbackUrls={callbackUrls}
        onError={onError}
      />,
    )
    await act(async () => {})
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]![0]).toMatchObject({
      code: 'token_failed',
      message: expect.stringContaining('server down'),
    })
    expect(screen.queryByTestId('belvo-hosted-widget')).toBeNull()
  })

  it("refuses Belvo's underscore callback URLs before opening, saying the fix", async () => {
    const onError = jest.fn()
    const token = jest.fn(() => 'access-token')
    render(
      <BelvoHostedWidget
        token={token}
        callbackUrls={{ success: 'your_deeplink_here://success' }}
        onError={onError}
      />,
    )
    await act(async () => {})
    expect(onError.mock.calls[0]![0]).toMatchObject({
      code: 'invalid_config',
      message: expect.stringContaining('"your-deeplink-here://success"'),
    })
    expect(token).not.toHaveBeenCalled()
  })
})
