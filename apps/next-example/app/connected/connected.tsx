'use client'

import type { HostedWidgetRedirect } from '@belvo-widget/core/hosted'
import { readHostedWidgetReturn } from '@belvo-widget/core/hosted-web'
import { useEffect, useRef, useState } from 'react'
import { hostedCallbackUrls } from '../../lib/hosted'
import { Accounts, useLinkAccounts } from '../accounts'

/** Reads the hosted widget's outcome once (a reload shows nothing new) and lists the accounts. */
export function Connected() {
  const [outcome, setOutcome] = useState<HostedWidgetRedirect | 'none'>()
  const accounts = useLinkAccounts()
  const { load } = accounts

  // Read once per page view: development's StrictMode runs this effect twice, the ref keeps the first.
  const read = useRef<HostedWidgetRedirect | 'none'>(undefined)
  useEffect(() => {
    read.current ??=
      readHostedWidgetReturn({ callbackUrls: hostedCallbackUrls(location.origin) }) ?? 'none'
    setOutcome(read.current)
    if (read.current !== 'none' && read.current.type === 'success') load(read.current.link)
  }, [load])

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
  return <Accounts accounts={accounts.accounts} error={accounts.error} />
}
