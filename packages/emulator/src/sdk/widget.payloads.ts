import type { EventPayload, ExitPayload, PayloadStyle } from './types.ts'

/** Random id in Belvo's `request_id` format (32 hex characters). */
export function requestId(): string {
  const bytes = new Uint8Array(16)
  globalThis.crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

const now = () => new Date().toISOString()

/** `PAGE_LOAD`: `institution_name` only once the user chose one (seed 001). */
export function pageLoadEvent(page: string, from?: string, institution?: string): EventPayload {
  const meta_data: { page: string; from?: string; institution_name?: string } = { page }
  if (from) meta_data.from = from
  if (institution) meta_data.institution_name = institution
  return { eventName: 'PAGE_LOAD', meta_data }
}

/** `ERROR`, with Belvo's code and message and the request it came from. */
export function errorEvent(
  code: string,
  message: string,
  request_id: string,
  institution?: string,
): EventPayload {
  const meta_data: {
    error_code: string
    error_message: string
    institution_name?: string
    timestamp: string
  } = { error_code: code, error_message: message, timestamp: now() }
  if (institution) meta_data.institution_name = institution
  return { eventName: 'ERROR', request_id, meta_data }
}

/** `WARNING` `institution_disabled`, raised when the user picks a disabled institution. */
export function warningEvent(message: string, institution: string): EventPayload {
  return {
    eventName: 'WARNING',
    request_id: requestId(),
    meta_data: {
      warning_code: 'institution_disabled',
      warning_message: message,
      institution_name: institution,
      timestamp: now(),
    },
  }
}

/** The `onExit` payload: the last error met, the institution chosen, and the survey step. */
export function exitPayload(options: {
  lastError?: { code: string; message: string } | undefined
  institution?: string | undefined
  abandoned: boolean
}): ExitPayload {
  const payload: ExitPayload = { meta_data: {} }
  if (options.lastError) payload.last_encountered_error = { ...options.lastError }
  if (options.institution) payload.meta_data.institution_name = options.institution
  if (options.abandoned) payload.meta_data.step = 'abandon-survey'
  return payload
}

/** Delivers a payload bare or as `{ data: [payload] }`, the two shapes Belvo's pages show. */
export const wrap = (payload: unknown, style: PayloadStyle): unknown =>
  style === 'wrapped' ? { data: [payload] } : payload
