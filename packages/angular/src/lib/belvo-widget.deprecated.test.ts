import { describe, expect, it } from 'vitest'
import { linkAccount, render, statusIs, t, useEmulatorPerTest } from '../testing/directive-host'

useEmulatorPerTest()

describe('[belvoWidget] deprecated outputs', () => {
  const former = (name: string) => t.host.former.filter(([n]) => n === name).map(([, e]) => e)

  it('(success) and (widgetEvent) still emit what (belvoSuccess) and (belvoEvent) emit', async () => {
    await render(t.emulator.createToken())
    t.button.click()
    await linkAccount()

    expect(t.host.successes).toHaveLength(1)
    expect(former('success')).toEqual(t.host.successes)
    expect(t.host.events.length).toBeGreaterThan(1)
    expect(former('event')).toEqual(t.host.events)
  })

  it('(exit) still emits what (belvoExit) emits', async () => {
    await render(t.emulator.createToken())
    t.button.click()
    await t.emulator.user.close()
    await statusIs('exit')
    expect(t.host.exits).toHaveLength(1)
    expect(former('exit')).toEqual(t.host.exits)
  })

  it('(widgetError) still emits what (belvoError) emits', async () => {
    await render(t.emulator.createToken({ expiresInSeconds: -60 }))
    t.button.click()
    await statusIs('error')
    expect(t.host.errors.map((error) => error.code)).toEqual(['token_expired'])
    expect(former('error')).toEqual(t.host.errors)
  })
})
