import { type ReactNode, useEffect } from 'react'
import {
  type UseBelvoWidgetOptions,
  type UseBelvoWidgetResult,
  useBelvoWidget,
} from './useBelvoWidget.ts'

/** Props of {@link BelvoWidget}: the token, Belvo's startup config, callbacks, script options. */
export interface BelvoWidgetProps extends UseBelvoWidgetOptions {
  /** Render function: the widget then opens when you call `open`, not on mount. */
  children?: (widget: UseBelvoWidgetResult) => ReactNode
}

/**
 * Belvo's Connect widget as a component. Without children it opens when mounted, like Belvo's
 * own snippet; with a render function it hands you `open`, `status` and the outcome instead.
 * Unmounting closes the widget.
 *
 * @example
 * <BelvoWidget token={fetchToken} locale="en" onSuccess={(link) => saveLink(link)} />
 *
 * @example
 * <BelvoWidget token={fetchToken} onSuccess={saveLink}>
 *   {({ open, status }) => (
 *     <button type="button" onClick={open} disabled={status === 'loading'}>Add bank account</button>
 *   )}
 * </BelvoWidget>
 */
export function BelvoWidget({ children, ...options }: BelvoWidgetProps): ReactNode {
  const widget = useBelvoWidget(options)
  const onMount = !children
  const { open } = widget
  useEffect(() => {
    if (onMount) open()
  }, [onMount, open])
  return children ? children(widget) : null
}
