import type { BelvoTriggerOptions, BelvoWidgetOptions } from '@belvo-widget/core'

type Defaults = BelvoWidgetOptions & BelvoTriggerOptions

import { createContext, createElement, type ReactNode, useContext } from 'react'

const Defaults = createContext<Defaults | undefined>(undefined)

/** Props of {@link BelvoWidgetProvider}. */
export interface BelvoWidgetProviderProps {
  /** Options every widget below starts from (script `src`, `nonce`, `locale`, `token`, `prefetchOnIntent`…). */
  defaults: Defaults
  children?: ReactNode
}

/**
 * Sets app-wide defaults for every `useBelvoWidget()` and `<BelvoWidget>` below it. An option a
 * widget leaves unset (or sets to `undefined`) falls back to the default; the same rule as Vue's
 * `BelvoWidgetPlugin` and Angular's `provideBelvoWidget()`.
 *
 * @example
 * <BelvoWidgetProvider defaults={{ locale: 'en', nonce: cspNonce, token: fetchToken }}>
 *   <App />
 * </BelvoWidgetProvider>
 */
export function BelvoWidgetProvider({ defaults, children }: BelvoWidgetProviderProps): ReactNode {
  return createElement(Defaults.Provider, { value: defaults }, children)
}

/** The defaults of the nearest {@link BelvoWidgetProvider}, if any. */
export const useBelvoWidgetDefaults = (): Defaults | undefined => useContext(Defaults)
