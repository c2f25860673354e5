import { SANDBOX_CREDENTIALS } from '@belvo-widget/emulator/sandbox'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { widgetDialog } from './widget.ts'

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 25): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
    await page.keyboard.press('Tab')
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))
  throw new Error(`${max} presses of Tab never reached ${selector}; focus is on ${focused}`)
}

/** The page's inline `<html>` and `<body>` style, as attributes. */
const pageStyle = (page: Page) =>
  page.evaluate(() => [document.documentElement, document.body].map((n) => n.getAttribute('style')))

/**
 * Uses the app at `url` as a keyboard-only user would, with Tab, Enter and Escape alone: Tab to
 * the button and Enter opens the widget (focus moves into it); Escape, then Enter on the confirm
 * button, leaves it, and focus is back on the button with the page's scrolling as it was; Enter
 * opens it again and the keyboard alone links an account (Continue, Erebor México, the login
 * form), after which focus is back on the button again.
 */
export async function expectKeyboardOnly(
  page: Page,
  url: string,
  button = 'Add bank account',
): Promise<void> {
  await page.goto(url)
  const trigger = page.getByRole('button', { name: button })
  await trigger.waitFor()
  const before = await pageStyle(page)
  const onTrigger = () => trigger.evaluate((el) => el === document.activeElement)
  const dialog = widgetDialog(page)
  const inWidget = () =>
    page.evaluate(() => !!document.activeElement?.closest('#belvo [role="dialog"]'))

  // Tab's first press goes to the first control after the page's start.
  await page.locator('body').evaluate((body) => {
    ;(document.activeElement as HTMLElement | null)?.blur()
    body.focus()
  })
  let presses = 0
  while (!(await onTrigger())) {
    if (++presses > 25) throw new Error(`25 presses of Tab never reached the "${button}" button`)
    await page.keyboard.press('Tab')
  }
  await page.keyboard.press('Enter')
  await dialog.waitFor()
  await expect.poll(inWidget).toBe(true)
  await tabTo(page, '[data-bw-action="continue"]')
  await page.keyboard.press('Enter')
  await tabTo(page, '[data-bw-institution="erebor_mx_retail"]')
  await page.keyboard.press('Enter')
  await page.locator('#belvo [data-bw-input="username"]').waitFor()

  // Leave with Escape; the widget asks to confirm, with focus on its confirm button.
  await page.keyboard.press('Escape')
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.id ?? ''))
    .toMatch(/^bw-confirm-exit-/)
  await page.keyboard.press('Enter')
  await dialog.waitFor({ state: 'detached' })
  await expect.poll(onTrigger).toBe(true)
  expect(await pageStyle(page)).toEqual(before)

  // Again, to the end: the login form from the keyboard.
  await page.keyboard.press('Enter')
  await dialog.waitFor()
  await tabTo(page, '[data-bw-action="continue"]')
  await page.keyboard.press('Enter')
  await tabTo(page, '[data-bw-institution="erebor_mx_retail"]')
  await page.keyboard.press('Enter')
  const { username, password } = SANDBOX_CREDENTIALS.success
  await tabTo(page, '[data-bw-input="username"]')
  await page.keyboard.type(username)
  await tabTo(page, '[data-bw-input="password"]')
  await page.keyboard.type(password)
  await page.keyboard.press('Enter')
  await dialog.waitFor({ state: 'detached', timeout: 15_000 })
  await expect.poll(onTrigger).toBe(true)
  expect(await pageStyle(page)).toEqual(before)
}
