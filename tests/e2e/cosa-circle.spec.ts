import { expect, test } from '@playwright/test'
import { expectAccessible, signIn } from './support'

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)

test('officer refers a person to COSA with consent; the coordinator accepts, builds the inner circle and starts it', async ({ browser }) => {
  const officer = await (await browser.newContext()).newPage()
  await signIn(officer, 'probation.officer@llwybr.test')
  await officer.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(2).getByRole('link').click()
  await officer.getByRole('link', { name: 'COSA: Circles of Support and Accountability' }).click()
  await expect(officer.getByRole('heading', { level: 1 })).toContainText('COSA:')
  const crn = (await officer.getByRole('heading', { level: 1 }).innerText()).match(/[A-Z]\d{6}/)![0]
  await officer.getByLabel('COSA provider').selectOption({ label: 'CAIS (Circles of Support and Accountability, North Wales)' })
  await officer.getByLabel('Programme').selectOption({ label: 'Community' })
  await officer.getByLabel('Eligibility').fill('Sexual offence against a child; on licence; high RoSH to children.')
  await officer.getByRole('button', { name: 'Send the referral' }).click()
  await expect(officer.getByRole('alert', { name: 'There is a problem' })).toContainText('The core member must consent')
  await expectAccessible(officer)
  await officer.getByLabel('Suitability').fill('Isolated since release; motivated; accepts boundaries.')
  await officer.getByLabel(/The core member consents/).check()
  await officer.getByRole('button', { name: 'Send the referral' }).click()
  await expect(officer.getByRole('region', { name: 'Referrals to COSA' })).toContainText('Waiting for a decision')

  const coordinator = await (await browser.newContext()).newPage()
  await signIn(coordinator, 'cosa.coordinator@llwybr.test')
  await coordinator.getByRole('link', { name: 'COSA', exact: true }).click()
  const referral = coordinator.getByRole('region', { name: 'Referrals waiting for a decision' }).getByRole('listitem').filter({ hasText: crn })
  await referral.getByLabel('Decision').selectOption({ label: 'Accepted' })
  await referral.getByRole('button', { name: 'Record the decision' }).click()
  await expect(coordinator.getByRole('heading', { level: 1 })).toContainText(`Circle for`)
  await expect(coordinator.getByRole('heading', { level: 1 })).toContainText(crn)

  await coordinator.getByRole('button', { name: 'Start the circle' }).click()
  await expect(coordinator.getByRole('alert').filter({ hasText: 'Record the venue and its risk assessment' })).toBeVisible()
  for (let n = 0; n < 4; n++) {
    const add = coordinator.getByRole('region', { name: 'Inner circle' })
    await add.getByLabel('Volunteer', { exact: true }).selectOption({ index: 1 })
    await add.getByRole('button', { name: 'Add a volunteer' }).click()
    await expect(add.getByRole('table').getByRole('row')).toHaveCount(n + 2)
  }
  const setup = coordinator.getByRole('region', { name: 'Venue and meeting pattern' })
  await setup.getByLabel('Venue', { exact: true }).fill('Canolfan Gymunedol, Bangor')
  await setup.getByLabel('Venue risk-assessed on').fill(inDays(0))
  await setup.getByLabel('Day').selectOption({ label: 'Tuesday' })
  await setup.getByLabel('Start time').fill('19:00')
  await setup.getByLabel('First meeting on or after').fill(inDays(7))
  await setup.getByLabel('Planned end').fill(inDays(372))
  await setup.getByRole('button', { name: 'Save' }).click()
  await expect(coordinator.getByText(/Tuesday at 19:00 for 90 minutes, every week/)).toBeVisible()
  await coordinator.getByRole('button', { name: 'Start the circle' }).click()
  await expect(coordinator.getByRole('definition').filter({ hasText: /^Active$/ })).toBeVisible()
  await expectAccessible(coordinator)

  await officer.reload()
  await expect(officer.getByRole('region', { name: 'Referrals to COSA' })).toContainText('circle Active')
})
