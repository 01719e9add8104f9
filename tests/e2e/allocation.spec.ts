import { expect, test } from '@playwright/test'
import { expectAccessible, showCaseload, signIn } from './support'

test('a senior transfers a case to another team, whose senior accepts and allocates it', async ({ page }) => {
  await signIn(page, 'senior.probation@llwybr.test')
  await showCaseload(page, "My team's cases")
  await page.getByRole('link', { name: 'CRN', exact: true }).click()
  await page.getByRole('link', { name: 'CRN', exact: true }).click()
  const row = page.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(1)
  const name = (await row.getByRole('link').innerText()).trim()
  await row.getByRole('link').click()

  const allocation = page.getByRole('region', { name: 'Allocation' })
  await allocation.getByRole('button', { name: 'Transfer to another team' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Choose an option from the list')
  await allocation.getByLabel('Receiving team').selectOption({ label: 'Cardiff Public Protection Team 2' })
  await allocation.locator('#transfer-reason').fill('Moved to Cardiff North')
  await allocation.getByRole('button', { name: 'Transfer to another team' }).click()
  await expect(allocation.getByText('A transfer to Cardiff Public Protection Team 2 is waiting')).toBeVisible()
  await expectAccessible(page)

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/sign-in/)
  await signIn(page, 'senior.cardiff2@llwybr.test')
  const incoming = page.getByRole('region', { name: 'Transfers waiting for your team' }).getByRole('listitem').filter({ hasText: name })
  await incoming.getByLabel('Decision').selectOption('ACCEPT')
  await incoming.getByRole('button', { name: 'Record decision' }).click()
  await expect(page.getByRole('region', { name: 'Transfers waiting for your team' })).toHaveCount(0)

  await page.goto('/?view=unallocated')
  await page.getByRole('link', { name }).first().click()
  const panel = page.getByRole('region', { name: 'Allocation' })
  await panel.getByLabel('Offender manager').selectOption({ index: 1 })
  await panel.locator('#allocate-reason').fill('Allocated on transfer')
  await panel.getByRole('button', { name: 'Allocate to an officer' }).click()
  await expect(panel.getByRole('table', { name: 'Ownership history' }).getByText('Allocated on transfer')).toBeVisible()
  await expectAccessible(page)
})
