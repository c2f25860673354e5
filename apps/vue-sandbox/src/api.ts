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
  if (!response.ok) {
    // The demo server answers errors as { error: { code, message } }.
    const body = await response.json().catch(() => undefined)
    throw new Error(body?.error?.message ?? `${path} answered ${response.status}`)
  }
  return response.json() as Promise<T>
}

/**
 * Asks your server for a widget token; your server asks Belvo with the secret keys. The Response
 * goes to core as it is: it reads `{ access }`, or, when the route fails, the route's own message.
 */
export const fetchWidgetToken = () =>
  fetch(`${DEMO_SERVER_URL}/api/widget-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  })

/** Your server pulls the link's accounts from Belvo. */
export const fetchAccounts = (link: string) =>
  call<{ accounts: Account[] }>(`/api/links/${encodeURIComponent(link)}/accounts`).then(
    (body) => body.accounts,
  )
