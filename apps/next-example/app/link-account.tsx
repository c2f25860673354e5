'use client'

import { useBelvoWidget } from '@belvo-widget/react'
import { useEffect, useState } from 'react'
import { Accounts, useLinkAccounts } from './accounts'

// The route's Response as it is: core reads `access` from it, and when the route fails, its own
// message (with the status) becomes the widget's `token_failed` error.
const fetchToken = () => fetch('/api/widget-token', { method: 'POST' })

/** The button that opens Belvo's widget, and the accounts of the link it creates. */
export function LinkAccount({ sdkSrc }: { sdkSrc?: string }) {
  const [hydrated, setHydrated] = useState(false)
  const accounts = useLinkAccounts()
  useEffect(() => setHydrated(true), [])

  const { open, status, error } = useBelvoWidget({
    token: fetchToken,
    ...(sdkSrc && { src: sdkSrc }),
    locale: 'en',
    onSuccess: (link) => accounts.load(link),
  })

  return (
    <>
      {/* Disabled until hydrated: before that, a click would do nothing. */}
      <button type="button" onClick={open} disabled={!hydrated || status === 'loading'}>
        {status === 'loading' ? 'Opening…' : 'Link a bank account'}
      </button>
      {error && (
        <p role="alert">
          {error.code}: {error.message}
        </p>
      )}
      <Accounts accounts={accounts.accounts} error={accounts.error} />
    </>
  )
}
