'use client'

import { useBelvoWidget } from '@belvo-widget/react'
import { useEffect, useState } from 'react'

interface Account {
  id: string
  name: string
  number: string | null
  currency: string
  balance: { current: number | null }
}

// The route's Response as it is: core reads `access` from it, and when the route fails, its own
// message (with the status) becomes the widget's `token_failed` error.
const fetchToken = () => fetch('/api/widget-token', { method: 'POST' })

/** The button that opens Belvo's widget, and the accounts of the link it creates. */
export function LinkAccount({ sdkSrc }: { sdkSrc?: string }) {
  const [hydrated, setHydrated] = useState(false)
  const [accounts, setAccounts] = useState<Account[]>()
  const [accountsError, setAccountsError] = useState<string>()
  useEffect(() => setHydrated(true), [])

  const { open, status, error } = useBelvoWidget({
    token: fetchToken,
    ...(sdkSrc && { src: sdkSrc }),
    locale: 'en',
    onSuccess: async (link) => {
      const response = await fetch(`/api/links/${link}/accounts`)
      const body = await response.json()
      if (response.ok) setAccounts(body.accounts)
      else setAccountsError(body.error.message)
    },
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
      {accountsError && <p role="alert">{accountsError}</p>}
      {accounts && (
        <ul aria-label="Accounts">
          {accounts.map((account) => (
            <li key={account.id}>
              {account.name} {account.number ? `(${account.number})` : ''}:{' '}
              {account.balance.current ?? '–'} {account.currency}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
