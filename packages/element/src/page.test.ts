import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/testing'
import { describe, expect, it, vi } from 'vitest'
import { emu, recordEvents, render } from './testing/dom.ts'

const { success } = SANDBOX_CREDENTIALS

describe('two <belvo-widget> elements on one page', () => {
  it('the second to open takes over: the first reports belvo-exit, the second links', async () => {
    const { src } = emu
    const events = recordEvents()
    const add = render(
      `<belvo-widget id="add"><button slot="trigger">Link a new account</button></belvo-widget>`,
    )
    const update = render(
      `<belvo-widget id="update"><button slot="trigger">Update this link</button></belvo-widget>`,
    )
    for (const el of [add, update]) {
      el.src = src
      el.token = () => emu.createToken()
    }
    add.querySelector('button')!.click()
    await vi.waitFor(() => expect(add.status).toBe('open'))
    update.querySelector('button')!.click()
    await vi.waitFor(() => expect(update.status).toBe('open'))
    expect(add.status).toBe('exit')
    expect(add.getAttribute('status')).toBe('exit')
    expect(
      events.filter((e) => e.type === 'belvo-exit').map((e) => (e.target as Element).id),
    ).toEqual(['add'])
    expect(document.querySelectorAll('#belvo [role="dialog"]')).toHaveLength(1)

    // Removing the first element now leaves the second one's widget alone.
    add.remove()
    expect(document.querySelectorAll('#belvo [role="dialog"]')).toHaveLength(1)
    await emu.user.chooseInstitution('erebor_mx_retail')
    await emu.user.login(success.username, success.password)
    await vi.waitFor(() => expect(update.status).toBe('success'))
    expect(
      events.filter((e) => e.type === 'belvo-success').map((e) => (e.target as Element).id),
    ).toEqual(['update'])
    expect(document.getElementById('belvo')).toBeNull()
  })
})

describe('the trigger', () => {
  it('is aria-busy while loading, and gets focus back after the widget closes', async () => {
    const { src } = emu
    const el = render(`<belvo-widget><button slot="trigger">Add</button></belvo-widget>`)
    let release!: (token: string) => void
    el.src = src
    el.token = () => new Promise<string>((resolve) => (release = resolve))
    const button = el.querySelector('button')!
    button.focus()
    button.click()
    expect(button.getAttribute('aria-busy')).toBe('true')
    expect(el.hasAttribute('aria-busy')).toBe(false)
    release(emu.createToken())
    await vi.waitFor(() => expect(el.status).toBe('open'))
    expect(button.hasAttribute('aria-busy')).toBe(false)
    await emu.user.chooseInstitution('erebor_mx_retail')
    expect(document.activeElement).not.toBe(button)
    await emu.user.close()
    await vi.waitFor(() => expect(el.status).toBe('exit'))
    await vi.waitFor(() => expect(document.activeElement).toBe(button))
  })

  it('without a trigger child, the element itself is aria-busy', async () => {
    const { src } = emu
    const el = render(`<belvo-widget><span>Add</span></belvo-widget>`)
    el.src = src
    el.token = () => new Promise<string>(() => {})
    el.querySelector('span')!.click()
    expect(el.getAttribute('aria-busy')).toBe('true')
    el.close()
    expect(el.hasAttribute('aria-busy')).toBe(false)
    expect(emu.createWidgetCalls).toHaveLength(0)
  })
})
