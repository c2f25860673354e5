import type { UseBelvoWidgetResult } from '../useBelvoWidget.ts'

/** A button and the widget's state, as an app would show them. */
export function Outcome({
  open,
  close,
  status,
  error,
  link,
  institution,
  exit,
}: UseBelvoWidgetResult) {
  const busy = status === 'loading'
  return (
    <div style={{ fontFamily: 'system-ui, sans-serif', display: 'grid', gap: 8, maxWidth: 480 }}>
      <div style={{ display: 'flex', gap: 8 }}>
        <button type="button" onClick={open} disabled={busy}>
          {busy ? 'Opening…' : 'Add bank account'}
        </button>
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
      <p>
        Status: <code>{status}</code>
      </p>
      {link && (
        <p role="status">
          Linked {institution}: <code>{link}</code>
        </p>
      )}
      {exit && (
        <p role="status">
          You closed the widget
          {exit.last_encountered_error
            ? ` after ${exit.last_encountered_error.code}: ${exit.last_encountered_error.message}`
            : '.'}
        </p>
      )}
      {error && (
        <p role="alert">
          {error.code}: {error.message}
        </p>
      )}
    </div>
  )
}
