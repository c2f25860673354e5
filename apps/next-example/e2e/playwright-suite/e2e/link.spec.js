import {
  belvoFixtures,
  exitWidget,
  failLogin,
  linkAccount,
} from '@belvo-widget/emulator/playwright'
import { test as base, expect } from '@playwright/test'

const test = base.extend(belvoFixtures())

test('links an account and lists its accounts: one SDK script, one token', async ({
  page,
  widgetRequests,
}) => {
  await page.goto('/')
  const button = page.getByRole('button', { name: 'Link a bank account' })
  await expect(button).toBeEnabled()
  await button.click()
  await linkAccount(page)
  await expect(
    page.getByRole('list', { name: 'Accounts' }).getByRole('listitem').first(),
  ).toBeVisible()
  expect(widgetRequests).toEqual({ sdkRequests: 1, tokenRequests: 1 })
})

test('a failed login, then the user leaves: no accounts', async ({ page }) => {
  await page.goto('/')
  const button = page.getByRole('button', { name: 'Link a bank account' })
  await expect(button).toBeEnabled()
  await button.click()
  await expect(await failLogin(page)).toContainText('Invalid credentials')
  await exitWidget(page)
  await expect(page.locator('#belvo').getByRole('dialog')).toHaveCount(0)
  await expect(page.getByRole('list', { name: 'Accounts' })).toHaveCount(0)
})
