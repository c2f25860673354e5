// Shared by the test files: the emulator's widget routes, used as the browser would use them.
export const SECRET_ID = 'emulator-secret-id'
export const SECRET_PASSWORD = 'emulator-secret-password'

/** Whether the emulator accepts `access` as a widget token (its widget starts a session). */
export async function emulatorAcceptsToken(
  baseUrl: string,
  access: string,
): Promise<{ ok: boolean; updateLinkId?: string }> {
  const response = await fetch(`${baseUrl}/widget/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ access_token: access }),
  })
  const body = (await response.json()) as { update_link?: { id: string } | null }
  return { ok: response.status === 200, updateLinkId: body.update_link?.id }
}

/** Links a sandbox account with a widget token, as a user would in the widget. */
export async function linkSandboxAccount(baseUrl: string, access: string): Promise<string> {
  const response = await fetch(`${baseUrl}/widget/links`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      access_token: access,
      institution: 'erebor_mx_retail',
      username: 'bnk100',
      password: 'full',
    }),
  })
  if (response.status !== 201) throw new Error(`link failed: ${response.status}`)
  return ((await response.json()) as { id: string }).id
}

/** The claims of a JWT, unverified: enough to read `exp` and `scopes`. */
export function jwtClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? ''
  return JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>
}
