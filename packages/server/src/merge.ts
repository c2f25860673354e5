import type { WidgetTokenRequest } from './types.ts'

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue
    const current = target[key]
    if (isPlainObject(current) && isPlainObject(value)) {
      const copy = { ...current }
      mergeInto(copy, value)
      target[key] = copy
    } else {
      // Lists and scalars replace: a later `permissions` list means exactly that list.
      target[key] = value
    }
  }
}

/** Merges token requests left to right; nested objects merge, lists and scalars replace. */
export function mergeRequests(
  ...parts: (WidgetTokenRequest | undefined | null)[]
): WidgetTokenRequest {
  const result: Record<string, unknown> = {}
  for (const part of parts) if (part) mergeInto(result, part as Record<string, unknown>)
  return result as WidgetTokenRequest
}
