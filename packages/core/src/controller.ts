import { validateConfig } from './config.ts'
import { BelvoWidgetError } from './errors.ts'
import { loadBelvoSdk } from './loader.ts'
import { claimMount, focusIsNowhere, type Owner, releaseMount } from './mount.ts'
import { normalizeEvents, normalizeExit } from './normalize.ts'
import {
  type BelvoWidgetOptions,
  type BelvoWidgetOptionsSource,
  pickStartupConfig,
} from './options.ts'
import type { BelvoWidgetController, BelvoWidgetState } from './state.ts'
import { type BelvoTokenSource, isTokenExpired, resolveToken } from './token.ts'

// Runs an app's callback or listener. One that throws is rethrown on its own (an uncaught error
// for the app's error tracker), never into core: state, the other callbacks, the next widget's
// handover and `retryInvalidToken` carry on, and `open()` still never rejects.
const call = (fn: () => void) => {
  try {
    fn()
  } catch (error) {
    setTimeout(() => {
      throw error
    })
  }
}

/**
 * Creates a controller for Belvo's Connect widget: the one object the React, Vue and Angular
 * bindings wrap, usable as is in plain JavaScript. `options` may be a getter: core then reads it
 * on every `open()` (token, config, script options) and on every callback (the latest callback).
 *
 * @example
 * const widget = createBelvoWidget({
 *   token: () => fetch('/api/widget-token', { method: 'POST' }).then((r) => r.json()),
 *   locale: 'en',
 *   country_codes: ['MX'],
 *   onSuccess: (link) => saveLink(link),
 * })
 * button.onclick = () => widget.open()
 */
export function createBelvoWidget(initial: BelvoWidgetOptionsSource = {}): BelvoWidgetController {
  let source = typeof initial === 'function' ? initial : { ...initial }
  const read = () => (typeof source === 'function' ? source() : source)
  let state: BelvoWidgetState = { status: 'idle' }
  const listeners = new Set<(state: BelvoWidgetState) => void>()
  // Bumped by every open, close and outcome: callbacks and async steps of an older run compare
  // their id with it and stop.
  let run = 0
  let destroyed = false
  // The open in flight; set from open() until the run ends, so a second open() joins it.
  let pending: Promise<void> | undefined
  // This controller's hold on `#belvo` while its widget is there, and what it owes the page after.
  let owner: Owner | undefined
  // What had focus when open() was called: it gets focus back when the widget goes.
  let opener: Element | null = null
  // Whether the current open is the one reopen after Belvo refused a token.
  let retried = false
  // Set while focus goes back to the opener.
  let refocusing = false
  // A token not handed to Belvo yet: prefetched, or fetched for an open that was cancelled before
  // use (React StrictMode's mount/unmount/mount). The next open of the same token source takes it
  // instead of asking the server again; `value` is set once it has arrived.
  let spare: { source?: BelvoTokenSource; token: Promise<string>; value?: string } | undefined

  // The token for `source`: the spare one when it is for the same source (fetched again if it
  // has expired meanwhile), else a new request. Either way it becomes the spare until used.
  const takeToken = (source: BelvoTokenSource | undefined) => {
    const held = spare
    const token =
      held && held.source === source
        ? held.token.then((value) => (isTokenExpired(value) ? resolveToken(source) : value))
        : resolveToken(source)
    const next: NonNullable<typeof spare> = { source, token }
    spare = next
    // A failed token is never reused.
    token.then(
      (value) => {
        next.value = value
      },
      () => {
        if (spare === next) spare = undefined
      },
    )
    return token
  }

  const set = (next: BelvoWidgetState) => {
    state = next
    for (const listener of listeners) call(() => listener(state))
  }

  // Ends the current run: later callbacks of it are ignored, its DOM goes (see releaseMount), and
  // focus goes back to the opener if the widget had it.
  const stop = (handOver?: boolean) => {
    run++
    // Focus goes back when the widget had it, or when an open that never showed one lost it (a
    // trigger the app disables while loading drops focus to <body>).
    const hadFocus = owner ? releaseMount(owner, handOver) : !!pending && focusIsNowhere()
    pending = undefined
    owner = undefined
    // After the outcome has been rendered: an app may disable its button while the widget is
    // open, and re-enables it only once it sees the new state.
    const back = opener as HTMLElement | null
    if (hadFocus && back)
      setTimeout(() => {
        if (focusIsNowhere() && back.isConnected) {
          // Focus given back is not the user's intent to open again: a trigger that prefetches
          // on focus asks for no token now.
          refocusing = true
          back.focus()
          refocusing = false
        }
      })
  }

  // Ends run `id` with an outcome, unless it has ended already.
  const end = (id: number, next: BelvoWidgetState, notify: () => void, handOver?: boolean) => {
    if (id === run) {
      stop(handOver)
      set(next)
      call(notify)
    }
  }

  const fail = (id: number, error: BelvoWidgetError) =>
    end(id, { status: 'error', error }, () => read().onError?.(error))

  const start = async (id: number) => {
    const options = read()
    // In development a bad config fails before any request: no token fetched, no script loaded.
    // @ts-ignore: `process` is typed only where @types/node is
    if (process.env.NODE_ENV !== 'production') validateConfig(options)
    const config = pickStartupConfig(options)
    const token = takeToken(options.token)
    const sdk = loadBelvoSdk(options)
    // Both are awaited below; this only keeps a script failure after a token failure from being
    // reported as unhandled.
    sdk.catch(() => {})
    const [accessToken, belvo] = await Promise.all([token, sdk])
    if (id !== run) return
    // Handed to Belvo below: never reused.
    spare = undefined
    owner = claimMount(() => end(id, { status: 'exit', exit: {} }, () => read().onExit?.({}), true))
    belvo
      .createWidget(accessToken, {
        ...config,
        callback: (link, institution) =>
          end(id, { status: 'success', link, institution }, () => {
            const options = read()
            ;(options.onSuccess ?? options.callback)?.(link, institution)
          }),
        onExit: (payload) => {
          const exit = normalizeExit(payload)
          end(id, { status: 'exit', exit }, () => read().onExit?.(exit))
        },
        onEvent: (payload) => {
          for (const event of normalizeEvents(payload)) {
            if (id !== run) return
            const options = read()
            call(() => options.onEvent?.(event))
            if (
              options.retryInvalidToken &&
              event.eventName === 'ERROR' &&
              event.meta_data?.error_code === 'ACCESS_TOKEN_NOT_VALID'
            ) {
              if (retried || typeof options.token !== 'function') {
                fail(
                  id,
                  new BelvoWidgetError(
                    'token_invalid',
                    // @ts-ignore: `process` is typed only where @types/node is
                    (process.env.NODE_ENV !== 'production' ? 'Belvo refused the token: ' : '') +
                      event.meta_data.error_message,
                  ),
                )
              } else {
                stop()
                retried = true
                launch()
              }
            }
          }
        },
      })
      .build()
    if (id === run) set({ status: 'open' })
  }

  const close = () => {
    stop()
    if (state.status !== 'idle') set({ status: 'idle' })
  }

  const launch = () => {
    const id = ++run
    set({ status: 'loading' })
    pending = start(id).catch((cause) =>
      fail(
        id,
        cause instanceof BelvoWidgetError
          ? cause
          : new BelvoWidgetError(
              'widget_failed',
              // @ts-ignore: `process` is typed only where @types/node is
              `${process.env.NODE_ENV !== 'production' ? 'createWidget failed: ' : ''}${cause}`,
              { cause },
            ),
      ),
    )
    return pending
  }

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    open() {
      // No DOM (server rendering, Node): nothing to open, so no token is asked for either.
      if (destroyed || typeof document !== 'object') return Promise.resolve()
      if (pending) return pending
      opener = document.activeElement
      retried = false
      return launch()
    },
    prefetch() {
      if (
        destroyed ||
        pending ||
        refocusing ||
        typeof document !== 'object' ||
        (navigator as { connection?: { saveData?: boolean } }).connection?.saveData
      ) {
        return
      }
      const options = read()
      // A config open() would refuse is not worth a token.
      try {
        // @ts-ignore: `process` is typed only where @types/node is
        if (process.env.NODE_ENV !== 'production') validateConfig(options)
      } catch {
        return
      }
      const held = spare
      // Pending, or arrived and not expired: nothing to do.
      if (!(held && held.source === options.token && !isTokenExpired(held.value ?? ''))) {
        takeToken(options.token)
      }
      loadBelvoSdk(options).catch(() => {})
    },
    close,
    destroy() {
      close()
      destroyed = true
      spare = undefined
      listeners.clear()
    },
    setOptions(next) {
      source = { ...read(), ...next }
    },
  }
}
