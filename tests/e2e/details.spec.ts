import { expect, test } from '@playwright/test'
import { expectAccessible, signIn } from './support'

test('officer updates a person’s address and sees the change history', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(5).getByRole('link').click()
  await page.getByRole('link', { name: 'Change personal details and see their history' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Personal details')

  await page.getByLabel('No fixed abode').uncheck()
  const street = `${Date.now() % 997} Stryd Fawr`
  await page.getByLabel('Address line 1').fill(street)
  await page.getByLabel('Postcode').fill('NOT A POSTCODE')
  await page.getByRole('button', { name: 'Save details' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter a real postcode')
  await expect(page.getByLabel('Address line 1')).toHaveValue(street)
  await expectAccessible(page)

  await page.getByLabel('Postcode').fill('ll55 1aa')
  await page.getByRole('button', { name: 'Save details' }).click()
  await expect(page.getByRole('status')).toContainText('Saved')
  const history = page.getByRole('table', { name: 'Change history' })
  await expect(history.getByRole('row').filter({ hasText: street }).first()).toContainText('Address line 1')
  await expectAccessible(page)
})
