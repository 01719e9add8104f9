import { expect, test } from '@playwright/test'
import { expectAccessible, signIn, openForm } from './support'

test('officer adds a sentence plan objective on a pathway and updates its status', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(6).getByRole('link').click()
  const plan = page.getByRole('region', { name: 'Sentence plan' })
  await openForm(plan, 'Open the objective form')
  await plan.getByRole('button', { name: 'Add an objective' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Choose an option from the list')

  const objective = `Register with a GP within four weeks ${Date.now()}`
  await plan.getByLabel('Pathway').selectOption('HEALTH')
  await plan.getByLabel('Objective', { exact: true }).fill(objective)
  await plan.getByLabel('Due date').fill('2031-03-01')
  await plan.getByRole('button', { name: 'Add an objective' }).click()
  const item = plan.getByRole('listitem').filter({ hasText: objective })
  await expect(item).toContainText('Health · Not started')

  await item.locator('summary').click()
  await item.getByLabel('Status').selectOption('IN_PROGRESS')
  await item.getByRole('button', { name: 'Change status' }).click()
  await expect(plan.getByRole('listitem').filter({ hasText: objective })).toContainText('Health · In progress')
  await expectAccessible(page)
})
