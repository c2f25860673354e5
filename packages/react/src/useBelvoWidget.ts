import {
  BELVO_INTENT_EVENTS,
  type BelvoTriggerOptions,
  type BelvoWidgetOptions,
  type BelvoWidgetState,
  createBelvoWidget,
  mergeOptions,
} from '@belvo-widget/core'
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react'
import { useBelvoWidgetDefaults } from './BelvoWidgetProvider.ts'

/** Props for the button that opens the widget: see {@link UseBelvoWidgetResult.triggerProps}. */
export type BelvoTriggerProps = {
  onClick: () => void
  /** `true` while the widget is loading, so assistive technology announces the wait. */
  'aria-busy': boolean | undefined
} & {
  /** Prefetches when `prefetchOnIntent` is set; does nothing otherwise. */
  [E in (typeof BELVO_INTENT_EVENTS)[number] as `on${E}`]: () => void
}

/** The options of {@link useBelvoWidget}: core's, and `prefetchOnIntent` for `triggerProps`. */
export type UseBelvoWidgetOptions = BelvoWidgetOptions & BelvoTriggerOptions

/** What {@link useBelvoWidget} returns: the widget's state and its actions. */
export interface UseBelvoWidgetResult extends BelvoWidgetState {
  /** Fetches the token and loads the SDK in parallel, then shows the widget. Never rejects. */
  open: () => Promise<void>
  /** Closes the widget (or cancels a pending open). No callback fires after. */
  close: () => void
  /**
   * Starts the token request and the script load without opening, so the next `open()` is
   * instant. Spends a token: call it on intent, not on mount.
   */
  prefetch: () => void
  /**
   * Spread on your button: a click opens the widget; with `prefetchOnIntent: true`, pointer-over,
   * focus or touch prefetch the token and the script first, so the widget is on screen as the
   * click lands (hovering without clicking then costs one token request). Also sets `aria-busy`
   * while the widget loads.
   */
  triggerProps: BelvoTriggerProps
}

// useLayoutEffect warns during server rendering on React 18; nothing runs there anyway.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect

const IDLE: BelvoWidgetState = { status: 'idle' }
const getServerSnapshot = () => IDLE

/**
 * Binds Belvo's Connect widget to a component. The controller reads the latest committed
 * options when it needs them: token, config and script options on `open()`, callbacks when they
 * fire, so callbacks may change on every render without rebuilding anything. Options left unset
 * fall back to a {@link BelvoWidgetProvider}'s defaults (`prefetchOnIntent` too). Unmounting
 * closes the widget and removes its DOM.
 *
 * @example
 * function AddBankAccount() {
 *   const { triggerProps, status, error } = useBelvoWidget({
 *     token: () => fetch('/api/widget-token', { method: 'POST' }),
 *     locale: 'en',
 *     country_codes: ['MX'],
 *     onSuccess: (link, institution) => saveLink(link, institution),
 *   })
 *   return (
 *     <button type="button" {...triggerProps} disabled={status === 'loading'}>
 *       {status === 'loading' ? 'Opening…' : 'Add bank account'} {error?.message}
 *     </button>
 *   )
 * }
 */
export function useBelvoWidget(options: UseBelvoWidgetOptions = {}): UseBelvoWidgetResult {
  const defaults = useBelvoWidgetDefaults()
  const latest = useRef<UseBelvoWidgetOptions>({})
  // Committed options only: a render React throws away never reaches the controller.
  useIsomorphicLayoutEffect(() => {
    latest.current = mergeOptions(defaults, options)
  })
  // One controller per component, built lazily; creating one touches nothing (SSR-safe).
  const [widget] = useState(() =>
    createBelvoWidget(() => {
      const { prefetchOnIntent, ...rest } = latest.current
      return rest
    }),
  )
  // close() rather than destroy(): StrictMode's mount/unmount/mount reuses this controller,
  // and with it the token and script of the open it cancelled.
  useEffect(() => widget.close, [widget])
  const state = useSyncExternalStore(widget.subscribe, widget.getSnapshot, getServerSnapshot)
  const { open, close, prefetch } = widget
  const intent = () => latest.current.prefetchOnIntent && prefetch()
  return {
    ...state,
    open,
    close,
    prefetch,
    triggerProps: {
      onClick: open,
      ...(Object.fromEntries(BELVO_INTENT_EVENTS.map((name) => [`on${name}`, intent])) as Omit<
        BelvoTriggerProps,
        'onClick' | 'aria-busy'
      >),
      'aria-busy': state.status === 'loading' || undefined,
    },
  }
}
