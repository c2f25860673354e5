import { DEMO_SERVER_URL } from './config.ts'

/** The fields of Belvo's account object this page shows. */
export interface Account {
  id: string
  name: string
  number: string | null
  currency: string
  balance: { current: number | null; available: number | null }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(new URL(path, DEMO_SERVER_URL), init)
  if (!response.ok) {
    // The demo server answers errors as { error: { code, message } }.
    const body = await response.json().catch(() => undefined)
    throw new Error(
      body?.error?.message ?? `${init?.method ?? 'GET'} ${path}: HTTP ${response.status}`,
    )
  }
  return response.json() as Promise<T>
}

/**
 * Asks your server for a widget access token; it holds the Belvo secret keys. The Response goes
 * to core as it is: it reads `{ access }`, or, when the route fails, the route's own message.
 */
export const fetchWidgetToken = () =>
  fetch(new URL('/api/widget-token', DEMO_SERVER_URL), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  })

/** Your server reads the link's accounts from Belvo's data API. */
export const fetchAccounts = (link: string, signal?: AbortSignal) =>
  request<{ accounts: Account[] }>(`/api/links/${encodeURIComponent(link)}/accounts`, {
    ...(signal && { signal }),
  }).then((body) => body.accounts)
