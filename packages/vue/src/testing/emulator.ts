import { type InstalledEmulator, installBelvoEmulator } from '@belvo-widget/emulator/testing'
import { mount } from '@vue/test-utils'
import { beforeEach } from 'vitest'
import { defineComponent, h } from 'vue'
import {
  type BelvoWidgetOptions,
  BelvoWidgetPlugin,
  type UseBelvoWidgetReturn,
  useBelvoWidget,
} from '../index.ts'

/**
 * The running test's emulator, installed afresh before each test and uninstalled after it. Give
 * code under test `emu.src`, a script address of this install's own: its JSDoc says what core's
 * loader would otherwise share between tests. `user.*` waits up to 10 s, room for a busy CI.
 */
export let emu: InstalledEmulator
beforeEach(() => {
  emu = installBelvoEmulator({ timeoutMs: 10_000 })
  return emu.uninstall
})

/** Mount points the widget left in the page. */
export const overlays = () => document.querySelectorAll('#belvo').length

/** Mounts a component that calls the composable, and shows its status. */
export function setup(
  options: Parameters<typeof useBelvoWidget>[0],
  defaults?: BelvoWidgetOptions,
): UseBelvoWidgetReturn & { unmount(): void; text(): string } {
  let widget!: UseBelvoWidgetReturn
  const wrapper = mount(
    defineComponent(() => {
      widget = useBelvoWidget(options)
      return () => h('p', widget.status.value)
    }),
    { global: { plugins: defaults ? [[BelvoWidgetPlugin, defaults]] : [] } },
  )
  return { ...widget, unmount: () => wrapper.unmount(), text: () => wrapper.text() }
}
