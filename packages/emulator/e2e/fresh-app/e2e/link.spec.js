import {
  belvoFixtures,
  belvoWidget,
  exitWidget,
  failLogin,
  linkAccount,
} from '@belvo-widget/emulator/playwright'
import { test as base, expect } from '@playwright/test'

const test = base.extend(belvoFixtures())

test('links an account: one SDK script and one token', async ({ page, widgetRequests }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Link account' }).click()
  await linkAccount(page)
  await expect(page.getByRole('status', { name: 'Link status' })).toHaveText(
    'Linked erebor_mx_retail',
  )
  expect(widgetRequests).toEqual({ sdkRequests: 1, tokenRequests: 1 })
})

test('links with MFA at another institution', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Link account' }).click()
  await linkAccount(page, { institution: 'erebor_co_retail', username: 'bnk100', password: 'mfa' })
  await expect(page.getByRole('status', { name: 'Link status' })).toHaveText(
    'Linked erebor_co_retail',
  )
})

test('a failed login, then the user leaves', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Link account' }).click()
  const alert = await failLogin(page, { error: 'accountLocked' })
  await expect(alert).toBeVisible()
  await exitWidget(page)
  await expect(page.getByRole('status', { name: 'Link status' })).toContainText('Left: ')
  await expect(page.getByRole('status', { name: 'Link status' })).not.toHaveText('Left: no error')
  await expect(page.locator('#belvo').getByRole('dialog')).toHaveCount(0)
})

test('finds the widget in an iframe', async ({ page }) => {
  await page.goto('/framed.html')
  const app = page.frameLocator('iframe')
  await app.getByRole('button', { name: 'Link account' }).click()
  await expect(await belvoWidget(page)).toBeVisible()
  await linkAccount(page)
  await expect(app.getByRole('status', { name: 'Link status' })).toHaveText(
    'Linked erebor_mx_retail',
  )
})

test('says what to do when no widget opens', async ({ page }) => {
  await page.goto('/')
  await expect(linkAccount(page, { timeout: 500 })).rejects.toThrow(
    /No Belvo widget showed within 500 ms/,
  )
})
