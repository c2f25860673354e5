'use client'

import { buildHostedWidgetUrl } from '@belvo-widget/core/hosted'
import { openHostedWidgetInThisTab } from '@belvo-widget/core/hosted-web'
import { useEffect, useState } from 'react'

/**
 * The second way in: Belvo's hosted widget page in this tab (Brazil Open Finance), which sends
 * the visitor back to /connected. `hostedWidgetUrl` is Belvo's page unless set (the emulator).
 */
export function HostedLink({ hostedWidgetUrl }: { hostedWidgetUrl?: string }) {
  const [hydrated, setHydrated] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()
  useEffect(() => setHydrated(true), [])

  const start = async () => {
    setBusy(true)
    setError(undefined)
    try {
      const response = await fetch('/api/hosted-widget-token', { method: 'POST' })
      const body = await response.json()
      if (!response.ok) return setError(`${body.error.code}: ${body.error.message}`)
      const url = buildHostedWidgetUrl(
        {
          access_token: body.access,
          locale: 'pt',
          mode: 'webapp',
          integration_type: 'openfinance',
          country_codes: ['BR'],
          institution_types: ['retail'],
        },
        hostedWidgetUrl ? { baseUrl: hostedWidgetUrl } : {},
      )
      openHostedWidgetInThisTab(url)
    } catch {
      setError('Could not get a token from this app’s server. Try again.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <button type="button" onClick={start} disabled={!hydrated || busy}>
        {busy ? 'Opening…' : 'Link through Open Finance (Belvo’s page)'}
      </button>
      {error && <p role="alert">{error}</p>}
    </>
  )
}
