import { expect, test } from '@playwright/test'
import { expectAccessible, signIn } from './support'

test('officer writes a risk management plan and adds a registration', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(4).getByRole('link').click()
  await page.getByRole('link', { name: 'Risk management plan and registrations' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Risk:')
  await expectAccessible(page)

  const plan = page.getByRole('region', { name: 'Risk management plan' })
  const summary = plan.locator('summary').first()
  if ((await summary.innerText()).includes('Update')) await summary.click()
  await plan.getByRole('button', { name: 'Save as a new version' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('This field is required')

  const stamp = `${Date.now()}`
  for (const [label, text] of [
    ['Supervision', `Weekly appointments ${stamp}`],
    ['Monitoring and control', 'Curfew with electronic monitoring'],
    ['Interventions and treatment', 'Thinking Skills Programme'],
    ['Victim safety planning', 'No contact with the victim; exclusion zone'],
    ['Contingency', 'Breach of exclusion zone: consider recall'],
  ]) {
    await plan.getByLabel(label!, { exact: true }).fill(text!)
  }
  await plan.getByLabel('Next review', { exact: true }).fill('2031-01-15')
  await plan.getByRole('button', { name: 'Save as a new version' }).click()
  await expect(plan.getByText(`Weekly appointments ${stamp}`).first()).toBeVisible()

  const registrations = page.getByRole('region', { name: 'Registrations' })
  await registrations.getByLabel('Registration', { exact: true }).selectOption('TERRORISM')
  await registrations.locator('#add-registration-nextReviewDate').fill('2031-02-01')
  await registrations.getByRole('button', { name: 'Add a registration' }).click()
  await expect(registrations.getByRole('listitem').filter({ hasText: 'Terrorism' }).first()).toBeVisible()
  await expectAccessible(page)
})
