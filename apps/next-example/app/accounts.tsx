'use client'

import { useCallback, useState } from 'react'
import type { Account } from '../lib/belvo'

/** The accounts of a link, asked of this app's server once the link exists. */
export function useLinkAccounts() {
  const [accounts, setAccounts] = useState<Account[]>()
  const [error, setError] = useState<string>()
  const load = useCallback(async (link: string) => {
    try {
      const response = await fetch(`/api/links/${link}/accounts`)
      const body = await response.json()
      if (response.ok) setAccounts(body.accounts)
      else setError(body.error.message)
    } catch {
      setError('Could not read the accounts.')
    }
  }, [])
  return { accounts, error, load }
}

/** The list (or the error) `useLinkAccounts` produced. */
export function Accounts({ accounts, error }: { accounts?: Account[]; error?: string }) {
  return (
    <>
      {error && <p role="alert">{error}</p>}
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
