import { expect, test } from '@playwright/test'
import { expectAccessible, openForm, signIn, switchLanguage } from './support'

test('officer writes a risk management plan and adds a registration', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(4).getByRole('link').click()
  await page.getByRole('link', { name: 'Risk assessment, plan and registrations' }).click()
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
  // The add form opens when asked for, like every form on the record (issue 15 item 10).
  await expect(registrations.getByLabel('Registration', { exact: true })).toBeHidden()
  await openForm(registrations, 'Open the registration form')
  await registrations.getByLabel('Registration', { exact: true }).selectOption('TERRORISM')
  await registrations.locator('#add-registration-nextReviewDate').fill('2031-02-01')
  await registrations.getByRole('button', { name: 'Add a registration' }).click()
  await expect(registrations.getByRole('listitem').filter({ hasText: 'Terrorism' }).first()).toBeVisible()
  await expect(registrations.getByRole('status')).toHaveText('Registration added.')

  // A review is its own history row, and the add form's message does not outlive it (issue 15 item 12).
  const terrorism = registrations.getByRole('listitem').filter({ hasText: 'Terrorism' }).first()
  await terrorism.locator('summary', { hasText: 'Record a review' }).click()
  await terrorism.getByLabel('Next review date').fill('2031-03-01')
  await terrorism.getByLabel('Notes').fill(`Reviewed with CTP ${stamp}`)
  await terrorism.getByRole('button', { name: 'Record a review' }).click()
  const history = registrations.getByRole('table', { name: 'Review history' })
  await expect(history.getByRole('row').filter({ hasText: `Reviewed with CTP ${stamp}` })).toContainText('Rhian Evans')
  await expect(registrations.getByText('Registration added.')).toHaveCount(0)
  await expectAccessible(page)
})

test('officer records a new RoSH assessment; the overall level and tier follow it', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(2).getByRole('link').click()
  await page.getByRole('link', { name: 'Risk assessment, plan and registrations' }).click()
  const section = page.getByRole('region', { name: 'Risk of serious harm and predictors' })
  const summary = section.locator('summary').first()
  if ((await section.locator('details').first().getAttribute('open')) === null) await summary.click()

  for (const [group, level] of [['Children', 'LOW'], ['Public', 'MEDIUM'], ['Known adult', 'VERY_HIGH'], ['Staff', 'LOW']]) {
    await section.getByLabel(`${group} (Community)`).selectOption(level!)
  }
  await section.getByLabel('OGRS3 2 years score (%)').fill('120')
  await section.getByRole('button', { name: 'Save the assessment' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter a percentage from 0 to 100')
  await expectAccessible(page)

  await section.getByLabel('OGRS3 2 years score (%)').fill('77')
  await section.getByRole('button', { name: 'Save the assessment' }).click()
  await expect(section.getByRole('status')).toContainText('Assessment saved')
  await expect(section.getByText('Overall risk of serious harm: Very high')).toBeVisible()
  await section.getByText(/assessments? recorded in Llwybr/).click()
  await expect(section.getByText(/overall Very high/).first()).toBeVisible()

  await page.getByRole('link', { name: 'Back' }).click()
  await expect(page.getByText('Tier A').first()).toBeVisible()
})

test('the risk page and the sentence progress read in Welsh', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await switchLanguage(page, 'Cymraeg')
  await page.getByRole('row').filter({ hasText: 'Gorchymyn cymunedol' }).first().getByRole('link').click()
  await expect(page.getByRole('region', { name: 'Dedfryd', exact: true })).toContainText(/o \d+ awr wedi’u cwblhau/)
  await page.getByRole('link', { name: 'Asesiad risg, cynllun a chofrestriadau' }).click()
  await expect(page.getByRole('heading', { name: 'Risg o niwed difrifol a rhagfynegyddion' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Cynllun rheoli risg' })).toBeVisible()
  // Dates in Welsh: month names from the Cymraeg locale, not English ones.
  await expect(page.getByText(/aseswyd \d{1,2} (Ion|Chwef|Maw|Ebr|Mai|Meh|Gorff|Awst|Medi|Hyd|Tach|Rhag)/).first()).toBeVisible()
  await expectAccessible(page)
  await switchLanguage(page, 'English')
})
