import type { BelvoWidgetOptions } from '@belvo-widget/core'
import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/testing'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { emu } from './testing/app.tsx'
import { useBelvoWidget } from './useBelvoWidget.ts'

afterEach(() => {
  document.body.removeAttribute('style')
})

const { success } = SANDBOX_CREDENTIALS

/** An app's button that opens the widget, spreading triggerProps, with its status shown. */
function Connect({ label, ...options }: BelvoWidgetOptions & { label: string }) {
  const { triggerProps, status } = useBelvoWidget({ src: emu.src, ...options })
  return (
    <p>
      <button type="button" {...triggerProps}>
        {label}
      </button>
      <output aria-label={`${label} status`}>{status}</output>
    </p>
  )
}

const statusOf = (label: string) => screen.getByLabelText(`${label} status`).textContent

describe('two widgets on one page', () => {
  it('"link a new account" then "update this link": the first exits, the second links, states stay true', async () => {
    const first = { onExit: vi.fn(), onSuccess: vi.fn() }
    const second = { onExit: vi.fn(), onSuccess: vi.fn() }
    render(
      <>
        <Connect label="Link a new account" token={() => emu.createToken()} {...first} />
        <Connect label="Update this link" token={() => emu.createToken()} {...second} />
      </>,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Link a new account' }))
    await waitFor(() => expect(statusOf('Link a new account')).toBe('open'))
    fireEvent.click(screen.getByRole('button', { name: 'Update this link' }))
    await waitFor(() => expect(statusOf('Update this link')).toBe('open'))
    expect(statusOf('Link a new account')).toBe('exit')
    expect(first.onExit).toHaveBeenCalledOnce()
    expect(document.querySelectorAll('#belvo [role="dialog"]')).toHaveLength(1)

    await act(async () => {
      await emu.user.chooseInstitution('erebor_mx_retail')
      await emu.user.login(success.username, success.password)
    })
    await waitFor(() => expect(statusOf('Update this link')).toBe('success'))
    expect(second.onSuccess).toHaveBeenCalledOnce()
    expect(first.onSuccess).not.toHaveBeenCalled()
    expect(document.getElementById('belvo')).toBeNull()
  })

  it('unmounting the first component leaves the second one’s widget open', async () => {
    const { rerender } = render(
      <>
        <Connect key="A" label="A" token={() => emu.createToken()} />
        <Connect key="B" label="B" token={() => emu.createToken()} />
      </>,
    )
    fireEvent.click(screen.getByRole('button', { name: 'A' }))
    await waitFor(() => expect(statusOf('A')).toBe('open'))
    fireEvent.click(screen.getByRole('button', { name: 'B' }))
    await waitFor(() => expect(statusOf('B')).toBe('open'))
    rerender(<Connect key="B" label="B" token={() => emu.createToken()} />)
    expect(statusOf('B')).toBe('open')
    expect(document.querySelectorAll('#belvo [role="dialog"]')).toHaveLength(1)
  })
})

describe('the trigger', () => {
  it('is aria-busy while the widget loads, and gets focus back when the widget closes', async () => {
    let release!: (token: string) => void
    render(
      <Connect
        label="Add bank account"
        token={() => new Promise<string>((resolve) => (release = resolve))}
      />,
    )
    const button = screen.getByRole('button', { name: 'Add bank account' })
    expect(button.hasAttribute('aria-busy')).toBe(false)
    button.focus()
    fireEvent.click(button)
    await waitFor(() => expect(button.getAttribute('aria-busy')).toBe('true'))
    release(emu.createToken())
    await waitFor(() => expect(statusOf('Add bank account')).toBe('open'))
    expect(button.hasAttribute('aria-busy')).toBe(false)
    await act(() => emu.user.chooseInstitution('erebor_mx_retail'))
    expect(document.activeElement).not.toBe(button)
    await act(() => emu.user.close())
    await waitFor(() => expect(statusOf('Add bank account')).toBe('exit'))
    await waitFor(() => expect(document.activeElement).toBe(button))
  })
})
