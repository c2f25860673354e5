// The two addresses come from build-time env, with the `pnpm dev` defaults.
export const DEMO_SERVER_URL = import.meta.env.VITE_DEMO_SERVER_URL ?? 'http://127.0.0.1:5101'
export const BELVO_SDK_SRC =
  import.meta.env.VITE_BELVO_SDK_SRC ?? 'http://127.0.0.1:5100/belvo-widget-1-stable.js'

/** The fields of Belvo's account object this page shows. */
export interface Account {
  id: string
  name: string
  number: string
  currency: string
  balance: { current: number; available: number }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${DEMO_SERVER_URL}${path}`, init)
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`)
  return response.json() as Promise<T>
}

/** Asks your server for a widget token; your server asks Belvo with the secret keys. */
export const fetchWidgetToken = () =>
  call<{ access: string }>('/api/widget-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  })

/** Your server pulls the link's accounts from Belvo. */
export const fetchAccounts = (link: string) =>
  call<{ accounts: Account[] }>(`/api/links/${encodeURIComponent(link)}/accounts`).then(
    (body) => body.accounts,
  )
