import { expect, test } from '@playwright/test'
import { signIn, switchLanguage } from './support'

// Issue 16, MAPPA break test item 6: switching language after a refused submit dropped the error summary. What the
// user typed survives the switch, and submitting again gives the errors in the new language.
test('typed input survives a language switch after a refusal, and the next submit is answered in the new language', async ({ page }) => {
  await signIn(page, 'mappa.chair@llwybr.test')
  await page.goto('/mappa/meetings/new')
  await page.getByLabel('Venue').fill('Cardiff Bay Police Station')
  await page.getByRole('button', { name: 'Schedule a meeting' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Chair: Choose an option from the list')

  await switchLanguage(page, 'Cymraeg')
  await expect(page.getByLabel('Lleoliad')).toHaveValue('Cardiff Bay Police Station')
  await page.getByRole('button', { name: 'Trefnu cyfarfod' }).click()
  const summary = page.getByRole('alert', { name: 'Mae problem' })
  await expect(summary).toContainText('Dewiswch opsiwn o’r rhestr')
  await expect(summary).not.toContainText('Rhowch leoliad')
  await expect(page.getByLabel('Lleoliad')).toHaveValue('Cardiff Bay Police Station')
  await switchLanguage(page, 'English')
})

// Re-break 52b F6: a problem held by the page's script stayed in the language it was shown in after the switch.
test('the sign-in page words a problem already shown in the language switched to', async ({ page }) => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter your email address')
  await switchLanguage(page, 'Cymraeg')
  const summary = page.getByRole('alert', { name: 'Mae problem' })
  await expect(summary).toContainText('Rhowch eich cyfeiriad e-bost')
  await expect(summary).not.toContainText('Enter your email address')
  await switchLanguage(page, 'English')
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter your email address')
})
