import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { Activity, StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { BelvoWidget } from './BelvoWidget.ts'
import { BelvoWidgetProvider } from './BelvoWidgetProvider.ts'
import {
  AddBankAccount,
  clickOpen,
  EREBOR,
  emu,
  linkAccount,
  sdkTags,
  widgetOpen,
} from './testing/app.tsx'

describe('<BelvoWidgetProvider>', () => {
  it('gives every widget below its defaults; an option a widget sets wins, an unset one falls back', async () => {
    const token = vi.fn(() => emu.createToken())
    const { rerender } = render(
      <BelvoWidgetProvider defaults={{ token, locale: 'pt', company_name: 'ACME', src: emu.src }}>
        <AddBankAccount locale="en" />
      </BelvoWidgetProvider>,
    )
    clickOpen()
    await widgetOpen()
    expect(emu.createWidgetCalls[0]!.config).toMatchObject({ locale: 'en', company_name: 'ACME' })
    expect(token).toHaveBeenCalledOnce()
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    // The widget stops setting locale: the provider's default shows through on the next open.
    rerender(
      <BelvoWidgetProvider defaults={{ token, locale: 'pt', company_name: 'ACME', src: emu.src }}>
        <AddBankAccount locale={undefined} />
      </BelvoWidgetProvider>,
    )
    clickOpen()
    await widgetOpen()
    expect(emu.createWidgetCalls[1]!.config).toMatchObject({ locale: 'pt' })
  })

  it("a default `callback` (Belvo's name) gives way to a widget's `onSuccess`: one option", async () => {
    const callback = vi.fn()
    const onSuccess = vi.fn()
    render(
      <BelvoWidgetProvider defaults={{ callback, src: emu.src }}>
        <BelvoWidget token={emu.createToken()} onSuccess={onSuccess} />
      </BelvoWidgetProvider>,
    )
    await waitFor(() => expect(emu.createWidgetCalls).toHaveLength(1))
    await act(() => linkAccount())
    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(expect.any(String), EREBOR))
    expect(callback).not.toHaveBeenCalled()
  })
})

describe('<BelvoWidget>', () => {
  it('opens when mounted, like Belvo’s snippet', async () => {
    const onSuccess = vi.fn()
    render(<BelvoWidget src={emu.src} token={emu.createToken()} onSuccess={onSuccess} />)
    await waitFor(() => expect(emu.createWidgetCalls).toHaveLength(1))
    await act(() => linkAccount())
    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(expect.any(String), EREBOR))
  })

  it('with a render function, opens on demand and hands it the state', async () => {
    render(
      <BelvoWidget src={emu.src} token={emu.createToken()}>
        {({ open, status, link }) => (
          <button type="button" onClick={open}>
            {link ? `Linked ${link}` : `Connect (${status})`}
          </button>
        )}
      </BelvoWidget>,
    )
    const button = screen.getByRole('button', { name: 'Connect (idle)' })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(emu.createWidgetCalls).toHaveLength(0)
    fireEvent.click(button)
    await screen.findByRole('button', { name: 'Connect (open)' })
    await act(() => linkAccount())
    await screen.findByRole('button', { name: /^Linked / })
  })

  it('under StrictMode: one script tag, one token request, one createWidget, one onSuccess', async () => {
    const token = vi.fn(async () => emu.createToken())
    const onSuccess = vi.fn()
    render(
      <StrictMode>
        <BelvoWidget src={emu.src} token={token} onSuccess={onSuccess} />
      </StrictMode>,
    )
    await waitFor(() => expect(document.querySelector('#belvo [role="dialog"]')).not.toBeNull())
    await act(() => linkAccount())
    await waitFor(() => expect(onSuccess).toHaveBeenCalled())
    expect(onSuccess).toHaveBeenCalledTimes(1)
    expect(token).toHaveBeenCalledTimes(1)
    expect(emu.createWidgetCalls).toHaveLength(1)
    expect(emu.buildCount).toBe(1)
    expect(sdkTags()).toBe(1)
    expect(emu.scriptRequests).toBe(1)
  })

  it('unmounted mid-load: no widget, no callback, no overlay, and the next mount reuses the script', async () => {
    emu.setFaults({ scriptLatencyMs: 30 })
    const callbacks = { onSuccess: vi.fn(), onExit: vi.fn(), onEvent: vi.fn(), onError: vi.fn() }
    const { unmount } = render(
      <BelvoWidget src={emu.src} token={emu.createToken()} {...callbacks} />,
    )
    expect(sdkTags()).toBe(1)
    unmount()
    await waitFor(() => expect('belvoSDK' in window).toBe(true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(emu.createWidgetCalls).toHaveLength(0)
    expect(document.getElementById('belvo')).toBeNull()
    for (const callback of Object.values(callbacks)) expect(callback).not.toHaveBeenCalled()
    render(<BelvoWidget src={emu.src} token={emu.createToken()} />)
    await waitFor(() => expect(emu.createWidgetCalls).toHaveLength(1))
    expect(sdkTags()).toBe(1)
  })

  it('unmounted while open: the overlay is removed and no callback fires', async () => {
    const onExit = vi.fn()
    const { unmount } = render(
      <BelvoWidget src={emu.src} token={emu.createToken()} onExit={onExit} />,
    )
    await waitFor(() => expect(document.querySelector('#belvo [role="dialog"]')).not.toBeNull())
    unmount()
    expect(document.getElementById('belvo')).toBeNull()
    expect(onExit).not.toHaveBeenCalled()
  })

  // <Activity> is React 19.2+; the React 18 run skips it.
  it.skipIf(!Activity)('hidden by <Activity>, closes; shown again, opens again', async () => {
    const view = (mode: 'visible' | 'hidden') => (
      <Activity mode={mode}>
        <BelvoWidget src={emu.src} token={() => emu.createToken()} />
      </Activity>
    )
    const { rerender } = render(view('visible'))
    await waitFor(() => expect(document.querySelector('#belvo [role="dialog"]')).not.toBeNull())
    rerender(view('hidden'))
    await waitFor(() => expect(document.getElementById('belvo')).toBeNull())
    rerender(view('visible'))
    await waitFor(() => expect(document.querySelector('#belvo [role="dialog"]')).not.toBeNull())
    expect(emu.createWidgetCalls).toHaveLength(2)
  })
})
