import { expect, test } from '@playwright/test'
import { signIn, openForm } from './support'

test('a stale edit shows the other version and keeps the user’s own text (RL-1)', async ({ page, context }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(2).getByRole('link').click()
  const note = `Original note ${Date.now()}`
  await openForm(page, 'Open the contact form')
  await page.getByLabel('Type of contact').selectOption('CASE_NOTE')
  await page.getByLabel('Notes', { exact: true }).fill(note)
  await page.getByRole('button', { name: 'Save contact' }).click()
  await expect(page.getByRole('status')).toHaveText('Contact added.')
  await page.getByRole('listitem').filter({ hasText: note }).getByRole('link', { name: 'Edit notes' }).click()
  await expect(page.getByRole('heading', { name: 'Edit contact notes' })).toBeVisible()

  const otherTab = await context.newPage()
  await otherTab.goto(page.url())
  await otherTab.getByLabel('Notes', { exact: true }).fill('Saved first, in another tab')
  await otherTab.getByRole('button', { name: 'Save changes' }).click()
  await expect(otherTab.getByRole('status')).toHaveText('Contact updated.')

  await page.getByLabel('Notes', { exact: true }).fill('My own careful wording')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('This contact was changed while you were editing it, on another screen or tab, or by someone else.')
  await expect(page.getByRole('region', { name: 'The version saved meanwhile' })).toContainText('Saved first, in another tab')
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('My own careful wording')

  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('status')).toHaveText('Contact updated.')
})
