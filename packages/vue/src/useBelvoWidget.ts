import {
  BELVO_CALLBACK_KEYS,
  BELVO_INTENT_EVENTS,
  type BelvoTriggerOptions,
  type BelvoWidgetOptions,
  type BelvoWidgetState,
  createBelvoWidget,
  mergeOptions,
} from '@belvo-widget/core'
import {
  computed,
  hasInjectionContext,
  type InjectionKey,
  inject,
  type MaybeRef,
  type MaybeRefOrGetter,
  onScopeDispose,
  type Ref,
  reactive,
  shallowRef,
  toRef,
  toValue,
  unref,
} from 'vue'

/** Where {@link BelvoWidgetPlugin} provides its app-wide defaults. */
export const BELVO_WIDGET_DEFAULTS: InjectionKey<BelvoWidgetOptions & BelvoTriggerOptions> =
  Symbol('belvo-widget')

// `token` and the callbacks may themselves be functions: taken as given (or unwrapped from a
// ref), never called as getters. A getter passed as `token` is still right: a token function.
const FUNCTION_KEYS: readonly string[] = [...BELVO_CALLBACK_KEYS, 'token']

type Options = BelvoWidgetOptions & BelvoTriggerOptions

/**
 * The options of {@link useBelvoWidget}: those of core's `createBelvoWidget` and
 * `prefetchOnIntent` (for `triggerProps`), each a value, a ref or a getter (callbacks and
 * `token`: a value or a ref).
 */
export type UseBelvoWidgetOptions = {
  [K in keyof Options]: K extends 'token' | (typeof BELVO_CALLBACK_KEYS)[number]
    ? MaybeRef<Options[K]>
    : MaybeRefOrGetter<Options[K]>
}

export interface UseBelvoWidgetReturn {
  /** Fetches the token and the SDK in parallel, then shows the widget. Does nothing on a server. */
  open: () => Promise<void>
  /** Closes the widget or cancels a pending open; no callback fires after. */
  close: () => void
  /**
   * Starts the token request and the script load without opening, so the next `open()` is
   * instant. Spends a token: call it on intent, not on mount.
   */
  prefetch: () => void
  /**
   * Bind on your button (`v-bind="triggerProps"`): a click opens the widget; with
   * `prefetchOnIntent: true`, pointer-over, focus or touch prefetch the token and the script
   * first, so the widget is on screen as the click lands (hovering without clicking then costs
   * one token request). Also sets `aria-busy` while the widget loads.
   */
  triggerProps: {
    onClick: () => void
    readonly 'aria-busy': true | undefined
  } & {
    /** Prefetches when `prefetchOnIntent` is set; does nothing otherwise. */
    [E in (typeof BELVO_INTENT_EVENTS)[number] as `on${Capitalize<Lowercase<E>>}`]: () => void
  }
  status: Readonly<Ref<BelvoWidgetState['status']>>
  error: Readonly<Ref<BelvoWidgetState['error']>>
  /** The link id, after `success`. */
  link: Readonly<Ref<string | undefined>>
  /** The institution code, after `success`. */
  institution: Readonly<Ref<string | undefined>>
  /** What the user left with, after `exit`. */
  exit: Readonly<Ref<BelvoWidgetState['exit']>>
}

/**
 * Binds Belvo's Connect widget to the current component or effect scope, which closes it and
 * clears its DOM when disposed. The controller reads the options (refs and getters unwrapped) when
 * it needs them: token, config and script options on `open()`, callbacks when they fire, so the
 * latest values always apply. Options given to {@link BelvoWidgetPlugin} fill in what is not set
 * here.
 *
 * @example
 * const { open, status, link } = useBelvoWidget({
 *   token: () => fetch('/api/widget-token', { method: 'POST' }).then((r) => r.json()),
 *   locale, // a ref: the next open uses its value
 *   country_codes: ['MX'],
 *   onSuccess: (link) => saveLink(link),
 * })
 */
export function useBelvoWidget(
  options: MaybeRefOrGetter<UseBelvoWidgetOptions> = {},
): UseBelvoWidgetReturn {
  const defaults = (hasInjectionContext() && inject(BELVO_WIDGET_DEFAULTS, {})) || {}
  const read = () => {
    const raw = toValue(options) as Record<string, unknown>
    const next: Record<string, unknown> = {}
    for (const key in raw)
      next[key] = FUNCTION_KEYS.includes(key) ? unref(raw[key]) : toValue(raw[key])
    return mergeOptions(defaults, next) as Options
  }
  const widget = createBelvoWidget(() => {
    const { prefetchOnIntent, ...rest } = read()
    return rest
  })
  const state = shallowRef(widget.getSnapshot())
  widget.subscribe((next) => {
    state.value = next
  })
  // destroy() also drops the subscription.
  onScopeDispose(widget.destroy)
  const { open, close, prefetch } = widget
  const field = <K extends keyof BelvoWidgetState>(key: K) => toRef(() => state.value[key])
  const intent = () => read().prefetchOnIntent && prefetch()
  return {
    open,
    close,
    prefetch,
    // Reactive, so `v-bind="triggerProps"` gives Vue a fresh copy on each render and `aria-busy`
    // follows the status (one plain object would be the same props every time, never patched).
    triggerProps: reactive({
      onClick: open,
      // onPointerenter, onFocus, onTouchstart
      ...(Object.fromEntries(
        BELVO_INTENT_EVENTS.map((name) => [`on${name[0]}${name.slice(1).toLowerCase()}`, intent]),
      ) as Omit<UseBelvoWidgetReturn['triggerProps'], 'onClick' | 'aria-busy'>),
      'aria-busy': computed(() => state.value.status === 'loading' || undefined),
    }),
    status: field('status'),
    error: field('error'),
    link: field('link'),
    institution: field('institution'),
    exit: field('exit'),
  }
}
