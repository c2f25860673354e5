import type { BelvoWidgetOptions } from '@belvo-widget/core'
import {
  type InstalledEmulator,
  installBelvoEmulator,
  SANDBOX_CREDENTIALS,
  SANDBOX_INSTITUTIONS,
} from '@belvo-widget/emulator/testing'
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, expect } from 'vitest'
import { useBelvoWidget } from '../useBelvoWidget.ts'

/**
 * The running test's emulator, installed afresh before each test and uninstalled after it. Give
 * code under test `emu.src`, a script address of this install's own: its JSDoc says what core's
 * loader would otherwise share between tests.
 */
export let emu: InstalledEmulator
beforeEach(() => {
  emu = installBelvoEmulator()
  return emu.uninstall
})
afterEach(() => {
  cleanup()
  document.body.replaceChildren()
})

export const EREBOR = SANDBOX_INSTITUTIONS.erebor_mx_retail.code
const { success } = SANDBOX_CREDENTIALS

export const sdkTags = () =>
  document.querySelectorAll('script[src*="belvo-widget-1-stable"]').length

/** What an app writes: a button, the state, the outcome. */
export function AddBankAccount(props: BelvoWidgetOptions) {
  const { open, close, status, error, link, institution } = useBelvoWidget({
    src: emu.src,
    ...props,
  })
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

export const status = () => screen.getByTestId('status').textContent
export const clickOpen = () =>
  fireEvent.click(screen.getByRole('button', { name: 'Add bank account' }))
export const widgetOpen = () => waitFor(() => expect(status()).toBe('open'))

export async function linkAccount(credentials: { username: string; password: string } = success) {
  await emu.user.chooseInstitution(EREBOR)
  await emu.user.login(credentials.username, credentials.password)
}
