import type { BelvoWidgetOptions } from '@belvo-widget/core'
import {
  installBelvoEmulator,
  SANDBOX_CREDENTIALS,
  SANDBOX_INSTITUTIONS,
} from '@belvo-widget/emulator/testing'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { Activity, StrictMode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BelvoWidget } from './BelvoWidget.ts'
import { BelvoWidgetProvider } from './BelvoWidgetProvider.ts'
import { useBelvoWidget } from './useBelvoWidget.ts'

type Emulator = ReturnType<typeof installBelvoEmulator>
let emu: Emulator | undefined
// The loader caches its load per script address for the page's lifetime; each test gets a fresh
// address (the emulator serves any URL ending in belvo-widget-1-stable.js).
let src = ''
let installs = 0

const install = (options: Parameters<typeof installBelvoEmulator>[0] = {}) => {
  emu = installBelvoEmulator(options)
  src = `https://cdn.belvo.io/belvo-widget-1-stable.js?test=${++installs}`
  return emu
}

afterEach(() => {
  cleanup()
  emu?.uninstall()
  emu = undefined
  document.body.replaceChildren()
  for (const script of document.querySelectorAll('script')) script.remove()
})

const EREBOR = SANDBOX_INSTITUTIONS.erebor_mx_retail.code
const { success, invalidCredentials } = SANDBOX_CREDENTIALS

const sdkTags = () => document.querySelectorAll('script[src*="belvo-widget-1-stable"]').length

/** What an app writes: a button, the state, the outcome. */
function AddBankAccount(props: BelvoWidgetOptions) {
  const { open, close, status, error, link, institution } = useBelvoWidget({ src, ...props })
  return (
    <div>
      <button type="button" onClick={open} disabled={status === 'loading'}>
        {status === 'loading' ? 'Opening…' : 'Add bank account'}
      </button>
      <button type="button" onClick={close}>
        Cancel
      </button>
      <p data-testid="status">{status}</p>
      {link && (
        <p>
          Linked {institution} as {link}
        </p>
      )}
      {error && (
        <p role="alert">
          {error.code}: {error.message}
        </p>
      )}
    </div>
  )
}

const status = () => screen.getByTestId('status').textContent
const clickOpen = () => fireEvent.click(screen.getByRole('button', { name: 'Add bank account' }))
const widgetOpen = () => waitFor(() => expect(status()).toBe('open'))

async function linkAccount(
  e: Emulator,
  credentials: { username: string; password: string } = success,
) {
  await e.user.chooseInstitution(EREBOR)
  await e.user.login(credentials.username, credentials.password)
}

describe('useBelvoWidget', () => {
  it('links an account: onSuccess gets the link and institution, the state shows them, the overlay goes', async () => {
    const e = install()
    const onSuccess = vi.fn()
    render(<AddBankAccount token={e.createToken()} locale="en" onSuccess={onSuccess} />)
    expect(status()).toBe('idle')
    clickOpen()
    await widgetOpen()
    expect(document.getElementById('belvo')).not.toBeNull()
    await act(() => linkAccount(e))
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1))
    const [link, institution] = onSuccess.mock.calls[0]!
    expect(institution).toBe(EREBOR)
    expect(screen.getByText(`Linked ${EREBOR} as ${link}`)).toBeTruthy()
    expect(status()).toBe('success')
    expect(document.getElementById('belvo')).toBeNull()
  })

  it('reports an exit with the error the user met', async () => {
    const e = install()
    const onExit = vi.fn()
    const onSuccess = vi.fn()
    render(<AddBankAccount token={e.createToken()} onExit={onExit} onSuccess={onSuccess} />)
    clickOpen()
    await widgetOpen()
    await act(async () => {
      await linkAccount(e, invalidCredentials)
      await e.user.close()
    })
    await waitFor(() => expect(onExit).toHaveBeenCalledTimes(1))
    expect(onExit.mock.calls[0]![0]).toMatchObject({
      last_encountered_error: { code: 'login_error' },
      meta_data: { institution_name: EREBOR },
    })
    expect(status()).toBe('exit')
    expect(onSuccess).not.toHaveBeenCalled()
  })

  it('passes the widget events to onEvent', async () => {
    const e = install()
    const onEvent = vi.fn()
    render(<AddBankAccount token={e.createToken()} onEvent={onEvent} />)
    clickOpen()
    await widgetOpen()
    await act(() => linkAccount(e, invalidCredentials))
    await waitFor(() =>
      expect(onEvent).toHaveBeenCalledWith(
        expect.objectContaining({
          eventName: 'ERROR',
          meta_data: expect.objectContaining({ error_code: 'login_error' }),
        }),
      ),
    )
    expect(onEvent).toHaveBeenCalledWith(expect.objectContaining({ eventName: 'PAGE_LOAD' }))
  })

  it.each([
    ['the script fails to load', { scriptFault: 'error' as const }, {}, 'script_load_failed'],
    [
      'the token function rejects',
      {},
      { token: () => Promise.reject(new Error('503 from /api/widget-token')) },
      'token_failed',
    ],
    ['the config is invalid', {}, { country_codes: ['mx'] as never }, 'invalid_config'],
  ])('shows a typed error when %s, and builds nothing', async (_, fault, props, code) => {
    const e = install(fault)
    const onError = vi.fn()
    render(<AddBankAccount token={e.createToken()} onError={onError} {...props} />)
    clickOpen()
    await waitFor(() => expect(status()).toBe('error'))
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]![0]).toMatchObject({ name: 'BelvoWidgetError', code })
    expect(screen.getByRole('alert').textContent).toContain(code)
    expect(e.createWidgetCalls).toHaveLength(0)
    expect(document.getElementById('belvo')).toBeNull()
  })

  it('calls the latest callback after its identity changes mid-flow, without rebuilding or refetching', async () => {
    const e = install()
    const token = vi.fn(() => e.createToken())
    const first = vi.fn()
    const latest = vi.fn()
    const { rerender } = render(<AddBankAccount token={token} onSuccess={first} />)
    clickOpen()
    await widgetOpen()
    // A parent re-rendering with inline arrow functions.
    rerender(<AddBankAccount token={token} onSuccess={first} onExit={() => {}} />)
    rerender(<AddBankAccount token={token} onSuccess={latest} onExit={() => {}} />)
    await act(() => linkAccount(e))
    await waitFor(() => expect(latest).toHaveBeenCalledTimes(1))
    expect(first).not.toHaveBeenCalled()
    expect(token).toHaveBeenCalledTimes(1)
    expect(e.createWidgetCalls).toHaveLength(1)
    expect(sdkTags()).toBe(1)
  })

  it('takes a token function returning Belvo’s { access } reply, called once per open', async () => {
    const e = install()
    const token = vi.fn(async () => ({ access: e.createToken() }))
    render(<AddBankAccount token={token} onExit={() => {}} />)
    clickOpen()
    await widgetOpen()
    expect(token).toHaveBeenCalledTimes(1)
    await act(() => e.user.close())
    await waitFor(() => expect(status()).toBe('exit'))
    clickOpen()
    await widgetOpen()
    expect(token).toHaveBeenCalledTimes(2)
    expect(e.createWidgetCalls).toHaveLength(2)
  })

  it('uses a changed token and config on the next open, and drops a removed prop', async () => {
    const e = install()
    const first = e.createToken()
    const second = e.createToken()
    const { rerender } = render(<AddBankAccount token={first} locale="en" />)
    clickOpen()
    await widgetOpen()
    rerender(<AddBankAccount token={second} locale="pt" />)
    // The open widget keeps its token; the change applies when it opens again.
    expect(e.createWidgetCalls).toHaveLength(1)
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(status()).toBe('idle')
    clickOpen()
    await widgetOpen()
    rerender(<AddBankAccount token={second} />)
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    clickOpen()
    await widgetOpen()
    const calls = e.createWidgetCalls.map(({ token, config }) => ({
      token,
      locale: (config as { locale?: string }).locale,
    }))
    expect(calls).toEqual([
      { token: first, locale: 'en' },
      { token: second, locale: 'pt' },
      { token: second, locale: undefined },
    ])
  })
})

/** A button wired with triggerProps, showing the status. */
function Trigger(props: BelvoWidgetOptions) {
  const { triggerProps, status } = useBelvoWidget({ src, ...props })
  return (
    <button type="button" {...triggerProps}>
      Add bank account ({status})
    </button>
  )
}

describe('prefetch on intent (triggerProps)', () => {
  const button = () => screen.getByRole('button', { name: /Add bank account/ })

  it('hover, focus and touch fetch the token and the script once; the click opens with them', async () => {
    const e = install()
    const token = vi.fn(async () => e.createToken())
    render(
      <StrictMode>
        <Trigger token={token} />
      </StrictMode>,
    )
    expect(token).not.toHaveBeenCalled()
    expect(sdkTags()).toBe(0)
    fireEvent.pointerEnter(button())
    fireEvent.focus(button())
    fireEvent.touchStart(button())
    await waitFor(() => expect(e.scriptRequests).toBe(1))
    expect(token).toHaveBeenCalledOnce()
    expect(screen.getByRole('button', { name: 'Add bank account (idle)' })).toBeTruthy()
    fireEvent.click(button())
    await screen.findByRole('button', { name: 'Add bank account (open)' })
    expect(token).toHaveBeenCalledOnce()
    expect(e.scriptRequests).toBe(1)
    expect(sdkTags()).toBe(1)
    expect(e.createWidgetCalls).toHaveLength(1)
  })

  it('unmounted during a prefetch: nothing opens, no callback, nothing left in the page', async () => {
    const e = install({ scriptLatencyMs: 30 })
    const callbacks = { onSuccess: vi.fn(), onExit: vi.fn(), onEvent: vi.fn(), onError: vi.fn() }
    const { unmount } = render(<Trigger token={() => e.createToken()} {...callbacks} />)
    fireEvent.pointerEnter(button())
    unmount()
    await new Promise((r) => setTimeout(r, 80))
    expect(e.createWidgetCalls).toHaveLength(0)
    expect(document.getElementById('belvo')).toBeNull()
    for (const callback of Object.values(callbacks)) expect(callback).not.toHaveBeenCalled()
  })
})

describe('<BelvoWidgetProvider>', () => {
  it('gives every widget below its defaults; an option a widget sets wins, an unset one falls back', async () => {
    const e = install()
    const token = vi.fn(() => e.createToken())
    const { rerender } = render(
      <BelvoWidgetProvider defaults={{ token, locale: 'pt', company_name: 'ACME', src }}>
        <AddBankAccount locale="en" />
      </BelvoWidgetProvider>,
    )
    clickOpen()
    await widgetOpen()
    expect(e.createWidgetCalls[0]!.config).toMatchObject({ locale: 'en', company_name: 'ACME' })
    expect(token).toHaveBeenCalledOnce()
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    // The widget stops setting locale: the provider's default shows through on the next open.
    rerender(
      <BelvoWidgetProvider defaults={{ token, locale: 'pt', company_name: 'ACME', src }}>
        <AddBankAccount locale={undefined} />
      </BelvoWidgetProvider>,
    )
    clickOpen()
    await widgetOpen()
    expect(e.createWidgetCalls[1]!.config).toMatchObject({ locale: 'pt' })
  })
})

describe('<BelvoWidget>', () => {
  it('opens when mounted, like Belvo’s snippet', async () => {
    const e = install()
    const onSuccess = vi.fn()
    render(<BelvoWidget src={src} token={e.createToken()} onSuccess={onSuccess} />)
    await waitFor(() => expect(e.createWidgetCalls).toHaveLength(1))
    await act(() => linkAccount(e))
    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith(expect.any(String), EREBOR))
  })

  it('with a render function, opens on demand and hands it the state', async () => {
    const e = install()
    render(
      <BelvoWidget src={src} token={e.createToken()}>
        {({ open, status, link }) => (
          <button type="button" onClick={open}>
            {link ? `Linked ${link}` : `Connect (${status})`}
          </button>
        )}
      </BelvoWidget>,
    )
    const button = screen.getByRole('button', { name: 'Connect (idle)' })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(e.createWidgetCalls).toHaveLength(0)
    fireEvent.click(button)
    await screen.findByRole('button', { name: 'Connect (open)' })
    await act(() => linkAccount(e))
    await screen.findByRole('button', { name: /^Linked / })
  })

  it('under StrictMode: one script tag, one token request, one createWidget, one onSuccess', async () => {
    const e = install()
    const token = vi.fn(async () => e.createToken())
    const onSuccess = vi.fn()
    render(
      <StrictMode>
        <BelvoWidget src={src} token={token} onSuccess={onSuccess} />
      </StrictMode>,
    )
    await waitFor(() => expect(document.querySelector('#belvo [role="dialog"]')).not.toBeNull())
    await act(() => linkAccount(e))
    await waitFor(() => expect(onSuccess).toHaveBeenCalled())
    expect(onSuccess).toHaveBeenCalledTimes(1)
    expect(token).toHaveBeenCalledTimes(1)
    expect(e.createWidgetCalls).toHaveLength(1)
    expect(e.buildCount).toBe(1)
    expect(sdkTags()).toBe(1)
    expect(e.scriptRequests).toBe(1)
  })

  it('unmounted mid-load: no widget, no callback, no overlay, and the next mount reuses the script', async () => {
    const e = install({ scriptLatencyMs: 30 })
    const callbacks = { onSuccess: vi.fn(), onExit: vi.fn(), onEvent: vi.fn(), onError: vi.fn() }
    const { unmount } = render(<BelvoWidget src={src} token={e.createToken()} {...callbacks} />)
    expect(sdkTags()).toBe(1)
    unmount()
    await waitFor(() => expect('belvoSDK' in window).toBe(true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(e.createWidgetCalls).toHaveLength(0)
    expect(document.getElementById('belvo')).toBeNull()
    for (const callback of Object.values(callbacks)) expect(callback).not.toHaveBeenCalled()
    render(<BelvoWidget src={src} token={e.createToken()} />)
    await waitFor(() => expect(e.createWidgetCalls).toHaveLength(1))
    expect(sdkTags()).toBe(1)
  })

  it('unmounted while open: the overlay is removed and no callback fires', async () => {
    const e = install()
    const onExit = vi.fn()
    const { unmount } = render(<BelvoWidget src={src} token={e.createToken()} onExit={onExit} />)
    await waitFor(() => expect(document.querySelector('#belvo [role="dialog"]')).not.toBeNull())
    unmount()
    expect(document.getElementById('belvo')).toBeNull()
    expect(onExit).not.toHaveBeenCalled()
  })

  // <Activity> is React 19.2+; the React 18 run skips it.
  it.skipIf(!Activity)('hidden by <Activity>, closes; shown again, opens again', async () => {
    const e = install()
    const view = (mode: 'visible' | 'hidden') => (
      <Activity mode={mode}>
        <BelvoWidget src={src} token={() => e.createToken()} />
      </Activity>
    )
    const { rerender } = render(view('visible'))
    await waitFor(() => expect(document.querySelector('#belvo [role="dialog"]')).not.toBeNull())
    rerender(view('hidden'))
    await waitFor(() => expect(document.getElementById('belvo')).toBeNull())
    rerender(view('visible'))
    await waitFor(() => expect(document.querySelector('#belvo [role="dialog"]')).not.toBeNull())
    expect(e.createWidgetCalls).toHaveLength(2)
  })
})
