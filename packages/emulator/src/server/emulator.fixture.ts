// The emulator over real HTTP on 127.0.0.1 (port 0), from TypeScript sources: one per test file,
// with the requests its tests make.
import { type RunningEmulator, SANDBOX_CREDENTIALS, startEmulator } from '@belvo-widget/emulator'
import { afterAll, beforeAll, expect } from 'vitest'

/** This file's emulator, started before its first test. */
export let emulator: RunningEmulator

/** Starts one emulator for the test file that calls it, and stops it after the file. */
export function startEmulatorAroundFile(): void {
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, quiet: true })
  })
  afterAll(() => emulator.close())
}

export const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${emulator.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })

export const basic = (id: string, password: string) => ({
  authorization: `Basic ${Buffer.from(`${id}:${password}`).toString('base64')}`,
})

export const keys = () => ({ id: emulator.secretId, password: emulator.secretPassword })

export async function token(extra: Record<string, unknown> = {}): Promise<string> {
  const res = await post('/api/token/', {
    ...keys(),
    scopes: 'read_institutions,write_links',
    ...extra,
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { access: string }).access
}

export const claims = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8'))

export async function link(access: string, institution = 'erebor_mx_retail') {
  const { username, password } = SANDBOX_CREDENTIALS.success
  const res = await post('/widget/links', { access_token: access, institution, username, password })
  expect(res.status).toBe(201)
  return (await res.json()) as { id: string; institution: string }
}
