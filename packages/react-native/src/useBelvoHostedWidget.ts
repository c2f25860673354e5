import { type BelvoExitData, type BelvoStartupConfig, BelvoWidgetError } from '@belvo-widget/core'
import { validateConfig } from '@belvo-widget/core/config'
import {
  type BelvoTokenSource,
  buildHostedWidgetUrl,
  checkCallbackUrls,
  decideHostedNavigation,
  type HostedCallbackUrls,
  type HostedWidgetRedirect,
  resolveToken,
} from '@belvo-widget/core/hosted'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Linking } from 'react-native'

// react-native-webview lets a navigation reach onShouldStartLoadWithRequest only when its origin
// starts like an entry of originWhitelist (checked in its JS, on iOS and Android alike, with
// about:blank the one entry built in); any other it hands to Linking.openURL itself. The decision
// answers `load` for about:, data: and blob: documents and http frames, and `ignore` for another
// app's scheme in a frame, so every address must reach it: `*` lets every one through.
const ORIGIN_WHITELIST = ['*']

/** A hosted widget event that does not end the flow (`warning`) or does (`error`). */
export type BelvoHostedEvent = Extract<HostedWidgetRedirect, { type: 'warning' | 'error' }>

/** Options of `useBelvoHostedWidget` and the props of `<BelvoHostedWidget>`. */
export interface BelvoHostedWidgetOptions {
  /** The access token, or a function that fetches one from your server (as in core). */
  token: BelvoTokenSource
  /** The hosted widget's startup config (`locale`, `mode`, `integration_type`, …). */
  config?: BelvoStartupConfig
  /** The `widget.callback_urls` your server put in the token. */
  callbackUrls: HostedCallbackUrls
  /** The hosted widget address; default Belvo's (`https://widget.belvo.io/`), e.g. the emulator. */
  widgetUrl?: string
  onSuccess?: (link: string, institution: string) => void
  onExit?: (data: BelvoExitData) => void
  /** Warnings (`institution_disabled`) and the widget's error (`ACCESS_TOKEN_NOT_VALID`). */
  onEvent?: (event: BelvoHostedEvent) => void
  /** A token that could not be fetched, bad config or callback URLs, or a refused token. */
  onError?: (error: BelvoWidgetError) => void
  /**
   * Pages that are not the widget's (a bank's consent page, another app): default
   * `Linking.openURL`, so the operating system can open the bank's app (App2App).
   */
  onOpenUrl?: (url: string) => void
}

export type BelvoHostedWidgetStatus = 'idle' | 'loading' | 'ready' | 'success' | 'exit' | 'error'

/** The props `useBelvoHostedWidget` hands to react-native-webview's `<WebView>`. */
export interface BelvoHostedWebViewProps {
  source: { uri: string }
  originWhitelist: string[]
  onShouldStartLoadWithRequest: (request: { url: string; isTopFrame?: boolean }) => boolean
  onOpenWindow: (event: { nativeEvent: { targetUrl: string } }) => void
  setSupportMultipleWindows: false
}

export interface BelvoHostedWidget {
  status: BelvoHostedWidgetStatus
  error: BelvoWidgetError | undefined
  /** Fetches the token and builds the widget address; `webViewProps` is set once it is ready. */
  open: () => Promise<void>
  /** Forgets the session: back to `idle`, no callback from it afterwards. */
  close: () => void
  /** Spread on `<WebView>` while `status` is `'ready'`; `undefined` otherwise. */
  webViewProps: BelvoHostedWebViewProps | undefined
}

/**
 * The hosted widget's logic without its view, for your own screen around react-native-webview:
 * `open()` fetches the token and builds the widget address; spread `webViewProps` on a
 * `<WebView>`. Each navigation is decided synchronously (core's `decideHostedNavigation`): the
 * widget's pages load, redirects to `callbackUrls` become `onSuccess` / `onExit` / `onEvent` /
 * `onError` (each once, none after unmount or `close()`), other pages open through `Linking`.
 *
 * @example
 * const widget = useBelvoHostedWidget({ token: fetchToken, callbackUrls, onSuccess: saveLink })
 * useEffect(() => { widget.open() }, [])
 * return widget.webViewProps ? <WebView {...widget.webViewProps} /> : <ActivityIndicator />
 */
export function useBelvoHostedWidget(options: BelvoHostedWidgetOptions): BelvoHostedWidget {
  // Callbacks are read from a ref, so new functions on every render change nothing.
  const latest = useRef(options)
  latest.current = options
  const [state, setState] = useState<{
    status: BelvoHostedWidgetStatus
    url?: string
    error?: BelvoWidgetError
  }>({ status: 'idle' })
  // One session per open(); a finished, closed or unmounted one reports nothing.
  const session = useRef(0)
  const finished = useRef(true)
  const seen = useRef(new Set<string>())
  useEffect(
    () => () => {
      session.current++
      finished.current = true
    },
    [],
  )

  const fail = useCallback((id: number, error: BelvoWidgetError) => {
    if (id !== session.current) return
    finished.current = true
    setState({ status: 'error', error })
    latest.current.onError?.(error)
  }, [])

  const open = useCallback(async () => {
    const id = ++session.current
    finished.current = false
    seen.current = new Set()
    setState({ status: 'loading' })
    const { token, config = {}, callbackUrls, widgetUrl } = latest.current
    try {
      validateConfig(config)
      checkCallbackUrls(callbackUrls)
      const access = await resolveToken(token)
      const uri = buildHostedWidgetUrl(
        { ...config, access_token: access },
        widgetUrl ? { baseUrl: widgetUrl } : {},
      )
      if (id === session.current) setState({ status: 'ready', url: uri })
    } catch (error) {
      fail(
        id,
        error instanceof BelvoWidgetError
          ? error
          : new BelvoWidgetError('widget_failed', String(error), { cause: error }),
      )
    }
  }, [fail])

  const close = useCallback(() => {
    session.current++
    finished.current = true
    setState({ status: 'idle' })
  }, [])

  const redirect = useCallback(
    (outcome: Exclude<HostedWidgetRedirect, { type: 'unknown' }>, url: string) => {
      const id = session.current
      if (finished.current || seen.current.has(url)) return
      seen.current.add(url)
      const o = latest.current
      if (outcome.type === 'warning') return o.onEvent?.(outcome)
      if (outcome.type === 'error') {
        o.onEvent?.(outcome)
        return fail(
          id,
          new BelvoWidgetError(
            'widget_failed',
            `the hosted widget refused the access token (${outcome.code}: ${outcome.message}); open it again with a fresh token`,
            { cause: outcome },
          ),
        )
      }
      finished.current = true
      setState({ status: outcome.type })
      if (outcome.type === 'success') o.onSuccess?.(outcome.link, outcome.institution)
      else {
        o.onExit?.({
          ...(outcome.error && { last_encountered_error: outcome.error }),
          ...(outcome.metaData && { meta_data: outcome.metaData }),
        })
      }
    },
    [fail],
  )

  const openOutside = useCallback((url: string) => {
    if (finished.current) return
    const openUrl = latest.current.onOpenUrl ?? ((url: string) => Linking.openURL(url))
    Promise.resolve()
      .then(() => openUrl(url))
      .catch(() => {})
  }, [])

  const decide = useCallback(
    (request: { url: string; isTopFrame?: boolean }): boolean => {
      const { callbackUrls, widgetUrl } = latest.current
      const decision = decideHostedNavigation(request, { callbackUrls, widgetUrl })
      if (decision.action === 'redirect') redirect(decision.outcome, request.url)
      if (decision.action === 'open-outside') openOutside(decision.url)
      return decision.action === 'load' && !finished.current
    },
    [redirect, openOutside],
  )

  // target=_blank and window.open: the same decision, never a second webview. iOS hands such a
  // window to onOpenWindow only and loads nothing itself, so a page the decision would load (a
  // Belvo page such as its privacy notice) opens outside, in the browser, as a new window would:
  // the widget stays where the user left it. about:, data: and blob: windows have no address
  // outside the webview, and are dropped.
  const openWindow = useCallback(
    ({ nativeEvent }: { nativeEvent: { targetUrl: string } }) => {
      const url = nativeEvent.targetUrl
      if (decide({ url }) && /^https?:/i.test(url)) openOutside(url)
    },
    [decide, openOutside],
  )

  const webViewProps = useMemo<BelvoHostedWebViewProps | undefined>(
    () =>
      state.status === 'ready' && state.url
        ? {
            source: { uri: state.url },
            originWhitelist: ORIGIN_WHITELIST,
            onShouldStartLoadWithRequest: decide,
            onOpenWindow: openWindow,
            setSupportMultipleWindows: false,
          }
        : undefined,
    [state.status, state.url, decide, openWindow],
  )

  return { status: state.status, error: state.error, open, close, webViewProps }
}
