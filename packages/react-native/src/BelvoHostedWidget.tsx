import { type ReactNode, useEffect, useRef } from 'react'
import { ActivityIndicator, BackHandler, type StyleProp, type ViewStyle } from 'react-native'
import { WebView, type WebViewProps } from 'react-native-webview'
import { type BelvoHostedWidgetOptions, useBelvoHostedWidget } from './useBelvoHostedWidget.ts'

export interface BelvoHostedWidgetProps extends BelvoHostedWidgetOptions {
  /**
   * Android's back button when the widget has no page to go back to: close the screen here.
   * Without it, the press goes on to your navigator (which usually closes the screen too).
   */
  onDismiss?: () => void
  style?: StyleProp<ViewStyle>
  /** Shown while the token is fetched; default an `ActivityIndicator`. */
  loading?: ReactNode
  /** More props for `<WebView>`; the navigation props are the widget's own and win. */
  webViewProps?: Omit<WebViewProps, 'source' | 'onShouldStartLoadWithRequest' | 'originWhitelist'>
}

/**
 * Belvo's hosted widget in a react-native-webview `<WebView>`, opened when mounted: the token is
 * fetched (a string or your function, as in core), redirects to `callbackUrls` become typed
 * callbacks, each at most once and none after unmount; the bank's pages open through `Linking`.
 * Works in Expo (react-native-webview is part of Expo's SDK).
 *
 * @example
 * <BelvoHostedWidget
 *   token={() => fetch(`${API}/widget-token`, { method: 'POST' })}
 *   config={{ locale: 'pt', mode: 'webapp', integration_type: 'openfinance', country_codes: ['BR'] }}
 *   callbackUrls={{ success: 'myapp://success', exit: 'myapp://exit', event: 'myapp://error' }}
 *   onSuccess={(link) => saveLink(link)}
 *   onExit={() => navigation.goBack()}
 * />
 */
export function BelvoHostedWidget(props: BelvoHostedWidgetProps): ReactNode {
  const { onDismiss, style, loading, webViewProps: extra, ...options } = props
  const widget = useBelvoHostedWidget(options)
  const webView = useRef<WebView>(null)
  const canGoBack = useRef(false)
  const dismiss = useRef(onDismiss)
  dismiss.current = onDismiss

  // Opens once per mount (StrictMode's second effect opens a fresh session, the first reports nothing).
  const { open } = widget
  useEffect(() => {
    open()
  }, [open])

  useEffect(() => {
    const subscription = BackHandler.addEventListener('hardwareBackPress', () => {
      if (canGoBack.current && webView.current) {
        webView.current.goBack()
        return true
      }
      if (!dismiss.current) return false
      dismiss.current()
      return true
    })
    return () => subscription.remove()
  }, [])

  if (!widget.webViewProps) {
    return widget.status === 'loading' || widget.status === 'idle'
      ? (loading ?? <ActivityIndicator accessibilityLabel="Loading" />)
      : null
  }
  return (
    <WebView
      {...extra}
      {...widget.webViewProps}
      ref={webView}
      testID="belvo-hosted-widget"
      style={style}
      onNavigationStateChange={(event) => {
        canGoBack.current = event.canGoBack
        extra?.onNavigationStateChange?.(event)
      }}
    />
  )
}
