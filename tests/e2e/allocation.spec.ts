import { expect, test } from '@playwright/test'
import { expectAccessible, openForm, showCaseload, signIn } from './support'

test('a senior transfers a case to another team, whose senior accepts and allocates it', async ({ page }) => {
  await signIn(page, 'senior.probation@llwybr.test')
  await showCaseload(page, "My team's cases")
  // Each sort is a page load: wait for it before the next click and before reading a row (the row read too early
  // once named one person while the click landed on another).
  const table = page.getByRole('table', { name: "People in your team's caseload" })
  for (const order of ['ascending', 'descending']) {
    await page.getByRole('link', { name: 'CRN', exact: true }).click()
    await expect(table.getByRole('columnheader', { name: /^CRN/ })).toHaveAttribute('aria-sort', order)
  }
  // A colleague's case, not the demo officer's: their cases are what the other journeys work on, and this one leaves
  // the team (moving W199990 once broke the enforcement journey, which relies on it).
  const row = table.locator('tbody tr').filter({ hasNot: page.getByRole('cell', { name: 'Rhian Evans', exact: true }) }).filter({ has: page.getByRole('link') }).first()
  const name = (await row.getByRole('link').innerText()).trim()
  await row.getByRole('link').click()

  const allocation = page.getByRole('region', { name: 'Allocation' })
  await openForm(allocation, 'Open the transfer form')
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
  // Accepting lands on the record with a confirmation, ready to allocate (issue 15 item 14).
  const panel = page.getByRole('region', { name: 'Allocation' })
  await expect(panel.getByRole('status')).toContainText('Transfer accepted.')
  await openForm(panel, 'Open the allocation form')
  await panel.getByLabel('Offender manager').selectOption({ index: 1 })
  await panel.locator('#allocate-reason').fill('Allocated on transfer')
  await panel.getByRole('button', { name: 'Allocate to an officer' }).click()
  await expect(panel.getByRole('table', { name: 'Ownership history' }).getByText('Allocated on transfer')).toBeVisible()
  await expectAccessible(page)
  await page.goto('/')
  await expect(page.getByRole('region', { name: 'Transfers waiting for your team' })).toHaveCount(0)
})

test('the sending senior withdraws a transfer request, with a reason (issue 15 item 14)', async ({ page }) => {
  await signIn(page, 'senior.probation@llwybr.test')
  await showCaseload(page, "My team's cases")
  const row = page.getByRole('table', { name: "People in your team's caseload" }).getByRole('row').nth(3)
  await row.getByRole('link').click()
  const allocation = page.getByRole('region', { name: 'Allocation' })
  await openForm(allocation, 'Open the transfer form')
  await allocation.getByLabel('Receiving team').selectOption({ label: 'Cardiff Public Protection Team 2' })
  await allocation.locator('#transfer-reason').fill('Thought he had moved')
  await allocation.getByRole('button', { name: 'Transfer to another team' }).click()
  await allocation.locator('summary', { hasText: 'Withdraw the transfer request' }).click()
  await allocation.getByRole('button', { name: 'Withdraw the transfer request' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('required')
  await allocation.getByLabel('Reason for withdrawing').fill('He has not moved after all')
  await allocation.getByRole('button', { name: 'Withdraw the transfer request' }).click()
  await expect(allocation.getByRole('status')).toHaveText('Transfer request withdrawn. The case stays with your team.')
  await expect(allocation.getByText('is waiting')).toHaveCount(0)
  await expect(allocation.locator('summary', { hasText: 'Open the transfer form' })).toBeVisible()
  await expectAccessible(page)
})
