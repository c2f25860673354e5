import type { BelvoExitData, BelvoWidgetEvent } from './types.ts'

type Loose = Record<string, unknown>

// Belvo's docs show payloads both bare and wrapped as `{ data: [ … ] }`.
const unwrap = (payload: unknown): Loose[] => {
  const data = (payload as Loose | null)?.data
  return (Array.isArray(data) ? data : [payload]).filter(
    (x): x is Loose => !!x && typeof x === 'object',
  )
}

// One doc page spells `meta_data` as `metadata`.
const withMetaData = ({ metadata, ...rest }: Loose): Loose =>
  metadata !== undefined && rest.meta_data === undefined ? { ...rest, meta_data: metadata } : rest

/** Normalises an `onEvent` payload into the events it carries (usually one). */
export function normalizeEvents(payload: unknown): BelvoWidgetEvent[] {
  return unwrap(payload).map(withMetaData) as unknown as BelvoWidgetEvent[]
}

/** Normalises an `onExit` payload; a `null` `last_encountered_error` is dropped. */
export function normalizeExit(payload: unknown): BelvoExitData {
  const exit = withMetaData(unwrap(payload)[0] ?? {})
  if (!exit.last_encountered_error) delete exit.last_encountered_error
  return exit as BelvoExitData
}
