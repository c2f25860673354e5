import type { BelvoTriggerProps, BelvoWidgetState } from '@belvo-widget/react'
import { LinkedAccounts } from './LinkedAccounts.tsx'

/** The button and whatever the widget ended with: the same on both pages. */
export function LinkFlow({
  open,
  triggerProps,
  status,
  error,
  link,
  institution,
  exit,
}: BelvoWidgetState & {
  open: () => void
  /** From useBelvoWidget: hovering or focusing the button prefetches the token and the script. */
  triggerProps?: BelvoTriggerProps
}) {
  const busy = status === 'loading'
  return (
    <>
      <button
        type="button"
        className="primary"
        {...(triggerProps ?? { onClick: open })}
        disabled={busy}
      >
        {busy ? 'Opening…' : 'Add bank account'}
      </button>
      {status === 'success' && link && institution && (
        <LinkedAccounts link={link} institution={institution} />
      )}
      {/* Always in the page, so that a screen reader announces the text when it changes. */}
      <p className={status === 'exit' ? 'notice' : undefined} role="status">
        {status === 'exit' && 'You closed the widget without linking an account.'}
        {status === 'exit' &&
          exit?.last_encountered_error &&
          ` Last error: ${exit.last_encountered_error.message}`}
      </p>
      {status === 'error' && error && (
        <p className="error" role="alert">
          Could not open the widget ({error.code}): {error.message}
        </p>
      )}
    </>
  )
}
