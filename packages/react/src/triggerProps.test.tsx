import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { BelvoWidgetProvider } from './BelvoWidgetProvider.ts'
import { emu, sdkTags } from './testing/app.tsx'
import { type UseBelvoWidgetOptions, useBelvoWidget } from './useBelvoWidget.ts'

/** A button wired with triggerProps, showing the status. */
function Trigger(props: UseBelvoWidgetOptions) {
  const { triggerProps, status } = useBelvoWidget({ src: emu.src, ...props })
  return (
    <button type="button" {...triggerProps}>
      Add bank account ({status})
    </button>
  )
}

describe('prefetch on intent (triggerProps)', () => {
  const button = () => screen.getByRole('button', { name: /Add bank account/ })

  const intent = () => {
    fireEvent.pointerEnter(button())
    fireEvent.focus(button())
    fireEvent.touchStart(button())
  }

  it('off by default: hover, focus and touch request nothing before the click', async () => {
    const token = vi.fn(async () => emu.createToken())
    render(<Trigger token={token} />)
    intent()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(token).not.toHaveBeenCalled()
    expect(emu.scriptRequests).toBe(0)
    fireEvent.click(button())
    await screen.findByRole('button', { name: 'Add bank account (open)' })
    expect(token).toHaveBeenCalledOnce()
  })

  it('with prefetchOnIntent, hover, focus and touch fetch the token and the script once; the click opens with them', async () => {
    const token = vi.fn(async () => emu.createToken())
    render(
      <StrictMode>
        <Trigger token={token} prefetchOnIntent />
      </StrictMode>,
    )
    expect(token).not.toHaveBeenCalled()
    expect(sdkTags()).toBe(0)
    intent()
    await waitFor(() => expect(emu.scriptRequests).toBe(1))
    expect(token).toHaveBeenCalledOnce()
    expect(screen.getByRole('button', { name: 'Add bank account (idle)' })).toBeTruthy()
    fireEvent.click(button())
    await screen.findByRole('button', { name: 'Add bank account (open)' })
    expect(token).toHaveBeenCalledOnce()
    expect(emu.scriptRequests).toBe(1)
    expect(sdkTags()).toBe(1)
    expect(emu.createWidgetCalls).toHaveLength(1)
  })

  it('unmounted during a prefetch: nothing opens, no callback, nothing left in the page', async () => {
    emu.setFaults({ scriptLatencyMs: 30 })
    const callbacks = { onSuccess: vi.fn(), onExit: vi.fn(), onEvent: vi.fn(), onError: vi.fn() }
    const { unmount } = render(
      <Trigger token={() => emu.createToken()} prefetchOnIntent {...callbacks} />,
    )
    fireEvent.pointerEnter(button())
    unmount()
    await new Promise((r) => setTimeout(r, 80))
    expect(emu.createWidgetCalls).toHaveLength(0)
    expect(document.getElementById('belvo')).toBeNull()
    for (const callback of Object.values(callbacks)) expect(callback).not.toHaveBeenCalled()
  })

  it('takes prefetchOnIntent from <BelvoWidgetProvider>, and a widget may turn it off', async () => {
    const token = vi.fn(async () => emu.createToken())
    const { rerender } = render(
      <BelvoWidgetProvider defaults={{ prefetchOnIntent: true }}>
        <Trigger token={token} prefetchOnIntent={false} />
      </BelvoWidgetProvider>,
    )
    intent()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(token).not.toHaveBeenCalled()
    rerender(
      <BelvoWidgetProvider defaults={{ prefetchOnIntent: true }}>
        <Trigger token={token} />
      </BelvoWidgetProvider>,
    )
    intent()
    await waitFor(() => expect(token).toHaveBeenCalledOnce())
  })
})
