'use client'

import type { HostedWidgetRedirect } from '@belvo-widget/core/hosted'
import { readHostedWidgetReturn } from '@belvo-widget/core/hosted-web'
import { useEffect, useState } from 'react'
import type { Account } from '../../lib/belvo'
import { hostedCallbackUrls } from '../../lib/hosted'

/** Reads the hosted widget's outcome once (a reload shows nothing new) and lists the accounts. */
export function Connected() {
  const [outcome, setOutcome] = useState<HostedWidgetRedirect | 'none'>()
  const [accounts, setAccounts] = useState<Account[]>()
  const [error, setError] = useState<string>()

  useEffect(() => {
    const read = readHostedWidgetReturn({ callbackUrls: hostedCallbackUrls(location.origin) })
    setOutcome(read ?? 'none')
    if (read?.type !== 'success') return
    fetch(`/api/links/${read.link}/accounts`).then(async (response) => {
      const body = await response.json()
      if (response.ok) setAccounts(body.accounts)
      else setError(body.error.message)
    })
  }, [])

  if (!outcome) return <p>Reading what Belvo sent back…</p>
  if (outcome === 'none') return <p>Nothing new from Belvo on this page.</p>
  if (outcome.type === 'exit') {
    return (
      <p>You left before linking an account{outcome.error ? `: ${outcome.error.message}` : '.'}</p>
    )
  }
  if (outcome.type === 'error' || outcome.type === 'warning') {
    return (
      <p role="alert">
        {outcome.code}: {outcome.message}
      </p>
    )
  }
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
