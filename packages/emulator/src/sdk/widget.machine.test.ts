// The widget's flow as data: transitions run in Node with no DOM, and each returns the state
// and the effects (reports, backend calls, callbacks) the widget then carries out.
import { describe, expect, it } from 'vitest'
import { SANDBOX_INSTITUTIONS } from '../sandbox/institutions.ts'
import { parseWidgetConfig } from './config.ts'
import { transition } from './widget.machine.ts'
import { type Effect, initialState, type MachineEvent, type MachineState } from './widget.state.ts'

const config = parseWidgetConfig({ callback: () => {}, locale: 'en' })
const run = (events: MachineEvent[], cfg = config) => {
  let state: MachineState = initialState()
  const effects: Effect[] = []
  for (const event of events) {
    const step = transition(state, event, cfg)
    state = step.state
    effects.push(...step.effects)
  }
  return { state, effects, types: effects.map((e) => e.type) }
}
const pages = (effects: Effect[]) =>
  effects.flatMap((e) =>
    e.type === 'report' && e.payload.eventName === 'PAGE_LOAD' ? [e.payload.meta_data.page] : [],
  )
const session = { type: 'SESSION_STARTED', session: { branding: {} } } as const
const erebor = SANDBOX_INSTITUTIONS.erebor_mx_retail

describe('widget machine', () => {
  it('runs without a DOM', () => {
    expect(typeof (globalThis as { document?: unknown }).document).toBe('undefined')
  })

  it('login: asks the backend, then shows success and only then schedules the callback', () => {
    const { state, effects, types } = run([
      session,
      { type: 'CONTINUE' },
      { type: 'CHOOSE', institution: erebor },
      { type: 'SUBMIT', username: 'bnk100', password: 'full' },
    ])
    expect(state.mode).toBe('submitting')
    expect(effects.at(-1)).toMatchObject({
      type: 'create-link',
      request: { institution: 'erebor_mx_retail', username: 'bnk100', password: 'full' },
    })
    expect(pages(effects)).toEqual(['/welcome', '/institutions', '/credentials'])
    expect(types).not.toContain('callback')

    const linked = transition(
      state,
      { type: 'LINK_RESULT', result: { status: 'success', link: 'l1', institution: erebor.code } },
      config,
    )
    expect(linked.state).toMatchObject({ mode: 'linked', screen: { name: 'success' } })
    expect(linked.effects.map((e) => e.type)).toEqual(['report', 'focus', 'schedule-callback'])
    const due = transition(linked.state, { type: 'CALLBACK_DUE' }, config)
    expect(due.effects).toEqual([{ type: 'callback', link: 'l1', institution: erebor.code }])
    expect(due.state.mode).toBe('finished')
    // Finished: nothing is reported again; Done only hides what is left.
    expect(transition(due.state, { type: 'CALLBACK_DUE' }, config).effects).toEqual([])
    expect(transition(due.state, { type: 'DONE' }, config).effects).toEqual([{ type: 'hide' }])
  })

  it('a login in flight ignores a second submit', () => {
    const { state } = run([
      session,
      { type: 'CONTINUE' },
      { type: 'CHOOSE', institution: erebor },
      { type: 'SUBMIT', username: 'bnk100', password: 'full' },
    ])
    expect(
      transition(state, { type: 'SUBMIT', username: 'x', password: 'y' }, config).effects,
    ).toEqual([])
  })

  it('MFA sends the same credentials again with the code', () => {
    const { state } = run([
      session,
      { type: 'CONTINUE' },
      { type: 'CHOOSE', institution: erebor },
      { type: 'SUBMIT', username: 'bnk100', password: 'mfa' },
      { type: 'LINK_RESULT', result: { status: 'mfa_required', request_id: 'r' } },
    ])
    expect(state.screen).toMatchObject({ name: 'mfa', username: 'bnk100', password: 'mfa' })
    const step = transition(state, { type: 'SUBMIT_MFA', token: '123456' }, config)
    expect(step.effects).toEqual([
      {
        type: 'create-link',
        request: expect.objectContaining({
          username: 'bnk100',
          password: 'mfa',
          mfaToken: '123456',
        }),
      },
    ])
  })

  it('a consent token opens on /consent; accepting leads to the list', () => {
    const consent = { purpose: 'p', permissions: ['ACCOUNTS'], identification_info: [] }
    const { effects } = run([
      { type: 'SESSION_STARTED', session: { branding: {}, consent } },
      { type: 'ACCEPT_CONSENT' },
    ])
    expect(pages(effects)).toEqual(['/consent', '/institutions'])
  })

  it('closing from the first screen: confirm, survey, then exit with step abandon-survey', () => {
    const { effects, state } = run([
      session,
      { type: 'CLOSE' },
      { type: 'CONFIRM_EXIT' },
      { type: 'SURVEY_DONE' },
    ])
    expect(state.mode).toBe('finished')
    expect(effects.filter((e) => e.type === 'exit')).toEqual([
      { type: 'exit', payload: { meta_data: { step: 'abandon-survey' } } },
    ])
  })

  it('an unreachable session shows nothing and reports nothing', () => {
    const { state, effects } = run([{ type: 'SESSION_UNREACHABLE' }])
    expect(state.screen.name).toBe('unreachable')
    expect(effects).toEqual([])
  })
})
