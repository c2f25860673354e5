// "Your server": the demo server mints widget tokens with the secret keys and fetches a link's
// accounts. The browser never sees the keys.
const demoServer = import.meta.env.VITE_DEMO_SERVER_URL ?? 'http://127.0.0.1:5101'

/** Belvo's SDK address: the local emulator by default, Belvo's CDN when real keys are used. */
export const sdkSrc =
  import.meta.env.VITE_BELVO_SDK_SRC ?? 'http://127.0.0.1:5100/belvo-widget-1-stable.js'

export interface Account {
  id: string
  name: string
  number: string
  currency: string
  balance: { current: number; available: number }
}

const request = async <T>(path: string, init?: RequestInit): Promise<T> => {
  const res = await fetch(`${demoServer}${path}`, init)
  const body = await res.json().catch(() => ({}))
  // The demo server answers errors as { error: { code, message } }.
  if (!res.ok) throw new Error(body.error?.message ?? `${path} answered ${res.status}`)
  return body as T
}

/**
 * Asks the demo server for a widget token. The Response goes to core as it is: it reads
 * `{ access }`, or, when the route fails, the route's own message.
 */
export const fetchWidgetToken = () => fetch(`${demoServer}/api/widget-token`, { method: 'POST' })

export const fetchAccounts = (link: string) =>
  request<{ accounts: Account[] }>(`/api/links/${encodeURIComponent(link)}/accounts`).then(
    (body) => body.accounts,
  )
