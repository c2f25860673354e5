// Belvo's official Node client (npm `belvo`) connected to an emulator on 127.0.0.1, one per test
// file: what it sends is what a real integration sends.
import { createRequire } from 'node:module'
import { afterAll, beforeAll } from 'vitest'
import { type RunningEmulator, SANDBOX_CREDENTIALS, startEmulator } from '../index.ts'

// biome-ignore lint/suspicious/noExplicitAny: the client is untyped; its answers are JSON.
export type Json = Record<string, any>
interface ListOptions {
  limit?: number
  filters?: Record<string, string>
}
export interface BelvoClient {
  connect(): Promise<void>
  widgetToken: {
    create(options?: { scopes?: string; link?: string; widget?: Json }): Promise<Json>
  }
  institutions: {
    list(options?: ListOptions): Promise<Json[]>
    detail(id: string | number): Promise<Json>
  }
  links: {
    register(institution: string, username: string, password: string, options?: Json): Promise<Json>
    resume(session: string, token: string, link?: string): Promise<Json>
    token(id: string, scopes: string): Promise<Json>
    list(options?: ListOptions): Promise<Json[]>
    detail(id: string): Promise<Json>
    delete(id: string): Promise<boolean>
  }
  accounts: {
    retrieve(link: string, options?: Json): Promise<Json[]>
    list(options?: ListOptions): Promise<Json[]>
    detail(id: string): Promise<Json>
  }
  transactions: {
    retrieve(link: string, dateFrom: string, options?: Json): Promise<Json[]>
    list(options?: ListOptions): Promise<Json[]>
    detail(id: string): Promise<Json>
  }
  owners: {
    retrieve(link: string, options?: Json): Promise<Json[]>
    list(options?: ListOptions): Promise<Json[]>
    detail(id: string): Promise<Json>
  }
  balances: {
    retrieve(link: string, dateFrom: string, options?: Json): Promise<Json[]>
    list(options?: ListOptions): Promise<Json[]>
    detail(id: string): Promise<Json>
  }
}
type ClientClass = new (id: string, password: string, url: string) => BelvoClient

// The package is CommonJS without types; it is loaded as a backend would load it.
export const { default: Client } = createRequire(import.meta.url)('belvo') as {
  default: ClientClass
}

/** This file's emulator and a client logged in to it, ready before its first test. */
export let emulator: RunningEmulator
export let client: BelvoClient

/** Starts the emulator and connects the client for the test file that calls it. */
export function connectAroundFile(): void {
  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, quiet: true })
    client = new Client(emulator.secretId, emulator.secretPassword, emulator.url)
    await client.connect()
  })
  afterAll(() => emulator.close())
}

export const claims = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8'))
export const { success, mfa, invalidCredentials, institutionDown } = SANDBOX_CREDENTIALS
export const today = new Date().toISOString().slice(0, 10)
export const daysAgo = (n: number) =>
  new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10)

export async function rejection(
  promise: Promise<unknown>,
): Promise<{ statusCode: number; detail: Json[] }> {
  try {
    await promise
  } catch (error) {
    return error as { statusCode: number; detail: Json[] }
  }
  throw new Error('expected the call to fail')
}
