import { describe, expect, it } from 'vitest'
import { EVENT_PAYLOADS, EXIT_PAYLOADS } from '../../../fixtures/belvo-docs.ts'
import { normalizeEvents, normalizeExit } from './normalize.ts'

// Payloads as printed in Belvo's "Widget for Web SDK" page (seed 001), unwrapped.
const errorEvent = (EVENT_PAYLOADS[0]!.example as { data: [Record<string, unknown>] }).data[0]
const exitData = (EXIT_PAYLOADS[0]!.example as { data: [Record<string, unknown>] }).data[0]

describe('normalizeEvents', () => {
  it('gives the same events for the bare and the { data: [...] } shapes', () => {
    expect(normalizeEvents(errorEvent)).toEqual([errorEvent])
    expect(normalizeEvents({ data: [errorEvent] })).toEqual([errorEvent])
  })

  it('renames metadata to meta_data (one doc page spells it so)', () => {
    const { meta_data, ...rest } = errorEvent
    expect(normalizeEvents({ data: [{ ...rest, metadata: meta_data }] })).toEqual([errorEvent])
  })

  it('ignores garbage instead of throwing', () => {
    expect(normalizeEvents(undefined)).toEqual([])
    expect(normalizeEvents({ data: [null, 3] })).toEqual([])
  })
})

describe('normalizeExit', () => {
  it('unwraps { data: [...] } and keeps the documented fields', () => {
    expect(normalizeExit({ data: [exitData] })).toEqual(exitData)
    expect(normalizeExit(exitData)).toEqual(exitData)
  })

  it('drops a null last_encountered_error and renames metadata', () => {
    expect(
      normalizeExit({ last_encountered_error: null, metadata: { step: 'abandon-survey' } }),
    ).toEqual({ meta_data: { step: 'abandon-survey' } })
    expect(normalizeExit(undefined)).toEqual({})
  })
})
