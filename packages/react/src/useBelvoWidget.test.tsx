import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/testing'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import {
  AddBankAccount,
  clickOpen,
  EREBOR,
  emu,
  linkAccount,
  sdkTags,
  status,
  widgetOpen,
} from './testing/app.tsx'

const { invalidCredentials } = SANDBOX_CREDENTIALS

describe('useBelvoWidget', () => {
  it('links an account: onSuccess gets the link and institution, the state shows them, the overlay goes', async () => {
    const onSuccess = vi.fn()
    render(<AddBankAccount token={emu.createToken()} locale="en" onSuccess={onSuccess} />)
    expect(status()).toBe('idle')
    clickOpen()
    await widgetOpen()
    expect(document.getElementById('belvo')).not.toBeNull()
    await act(() => linkAccount())
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1))
    const [link, institution] = onSuccess.mock.calls[0]!
    expect(institution).toBe(EREBOR)
    expect(screen.getByText(`Linked ${EREBOR} as ${link}`)).toBeTruthy()
    expect(status()).toBe('success')
    expect(document.getElementById('belvo')).toBeNull()
  })

  it('reports an exit with the error the user met', async () => {
    const onExit = vi.fn()
    const onSuccess = vi.fn()
    render(<AddBankAccount token={emu.createToken()} onExit={onExit} onSuccess={onSuccess} />)
    clickOpen()
    await widgetOpen()
    await act(async () => {
      await linkAccount(invalidCredentials)
      await emu.user.close()
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
    const onEvent = vi.fn()
    render(<AddBankAccount token={emu.createToken()} onEvent={onEvent} />)
    clickOpen()
    await widgetOpen()
    await act(() => linkAccount(invalidCredentials))
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
    emu.setFaults(fault)
    const onError = vi.fn()
    render(<AddBankAccount token={emu.createToken()} onError={onError} {...props} />)
    clickOpen()
    await waitFor(() => expect(status()).toBe('error'))
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]![0]).toMatchObject({ name: 'BelvoWidgetError', code })
    expect(screen.getByRole('alert').textContent).toContain(code)
    expect(emu.createWidgetCalls).toHaveLength(0)
    expect(document.getElementById('belvo')).toBeNull()
  })

  it('calls the latest callback after its identity changes mid-flow, without rebuilding or refetching', async () => {
    const token = vi.fn(() => emu.createToken())
    const first = vi.fn()
    const latest = vi.fn()
    const { rerender } = render(<AddBankAccount token={token} onSuccess={first} />)
    clickOpen()
    await widgetOpen()
    // A parent re-rendering with inline arrow functions.
    rerender(<AddBankAccount token={token} onSuccess={first} onExit={() => {}} />)
    rerender(<AddBankAccount token={token} onSuccess={latest} onExit={() => {}} />)
    await act(() => linkAccount())
    await waitFor(() => expect(latest).toHaveBeenCalledTimes(1))
    expect(first).not.toHaveBeenCalled()
    expect(token).toHaveBeenCalledTimes(1)
    expect(emu.createWidgetCalls).toHaveLength(1)
    expect(sdkTags()).toBe(1)
  })

  it('takes a token function returning Belvo’s { access } reply, called once per open', async () => {
    const token = vi.fn(async () => ({ access: emu.createToken() }))
    render(<AddBankAccount token={token} onExit={() => {}} />)
    clickOpen()
    await widgetOpen()
    expect(token).toHaveBeenCalledTimes(1)
    await act(() => emu.user.close())
    await waitFor(() => expect(status()).toBe('exit'))
    clickOpen()
    await widgetOpen()
    expect(token).toHaveBeenCalledTimes(2)
    expect(emu.createWidgetCalls).toHaveLength(2)
  })

  it('uses a changed token and config on the next open, and drops a removed prop', async () => {
    const first = emu.createToken()
    const second = emu.createToken()
    const { rerender } = render(<AddBankAccount token={first} locale="en" />)
    clickOpen()
    await widgetOpen()
    rerender(<AddBankAccount token={second} locale="pt" />)
    // The open widget keeps its token; the change applies when it opens again.
    expect(emu.createWidgetCalls).toHaveLength(1)
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(status()).toBe('idle')
    clickOpen()
    await widgetOpen()
    rerender(<AddBankAccount token={second} />)
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    clickOpen()
    await widgetOpen()
    const calls = emu.createWidgetCalls.map(({ token, config }) => ({
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
