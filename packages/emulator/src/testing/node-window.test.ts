// In plain Node (no DOM): the entries import without side effects, and the testing entry
// works against a window passed explicitly.

import { installBelvoEmulator, SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/testing'
import { Window } from 'happy-dom'
import { expect, it, vi } from 'vitest'

it('importing the entries touches no global', async () => {
  await import('@belvo-widget/emulator')
  await import('@belvo-widget/emulator/sandbox')
  expect('belvoSDK' in globalThis).toBe(false)
  expect('window' in globalThis).toBe(false)
})

it('without a window, installBelvoEmulator says how to get one', () => {
  expect(() => installBelvoEmulator()).toThrow(
    /jsdom or happy-dom environment, or pass \{ window \}/,
  )
})

it('drives a widget in a window passed as an option', async () => {
  const window = new Window({ url: 'https://shop.test/' })
  window.document.body.innerHTML = '<div id="belvo"></div>'
  const emulator = installBelvoEmulator({ window: window as never })
  const callback = vi.fn()
  const tag = window.document.createElement('script')
  tag.src = 'https://cdn.belvo.io/belvo-widget-1-stable.js'
  tag.onload = () => {
    const sdk = (
      window as never as { belvoSDK: { createWidget: (t: string, c: object) => { build(): void } } }
    ).belvoSDK
    sdk.createWidget(emulator.createToken(), { callback }).build()
  }
  window.document.head.append(tag)
  await emulator.user.chooseInstitution('erebor_mx_retail')
  await emulator.user.login(
    SANDBOX_CREDENTIALS.success.username,
    SANDBOX_CREDENTIALS.success.password,
  )
  expect(callback).toHaveBeenCalledWith(expect.any(String), 'erebor_mx_retail')
  emulator.uninstall()
  expect(window.document.getElementById('belvo')!.innerHTML).toBe('')
  await window.happyDOM.close()
})
