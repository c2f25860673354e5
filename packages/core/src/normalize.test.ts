import { describe, expect, it } from 'vitest'
import { normalizeEvents, normalizeExit } from './normalize.ts'

// Payloads as printed in Belvo's "Widget for Web SDK" page (seeds/001).
const errorEvent = {
  eventName: 'ERROR',
  request_id: 'UUID',
  meta_data: {
    error_code: 'login_error',
    error_message: 'Invalid credentials provided to login to the institution',
    institution_name: 'bancoazteca_mx_retail',
    timestamp: '2020-04-27T19:09:23.918Z',
  },
}
const exitData = {
  last_encountered_error: {
    message: 'Invalid credentials provided to login to the institution',
    code: 'login_error',
  },
  meta_data: { institution_name: 'erebor_mx_retail', step: 'abandon-survey' },
}

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
