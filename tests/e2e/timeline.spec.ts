import { expect, test } from '@playwright/test'
import { expectAccessible, signIn } from './support'

test('officer filters the contact timeline, and is told when the dates are the wrong way round', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(1).getByRole('link').click()
  await page.getByRole('link', { name: 'See the full contact timeline' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Contact timeline')
  await expectAccessible(page)

  await page.getByLabel('Compliance').selectOption('ATTENDED')
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/compliance=ATTENDED/)
  const entries = page.getByRole('listitem').filter({ hasText: 'Recorded by' })
  for (const text of await entries.allInnerTexts()) expect(text).toContain('Attended – complied')

  await page.getByLabel('From', { exact: true }).fill('2026-06-10')
  await page.getByLabel('To', { exact: true }).fill('2026-06-01')
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('The end date must be the same as or after the start date')
  await expectAccessible(page)
})
