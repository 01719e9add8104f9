import { expect, test } from '@playwright/test'
import { createPerson } from './journey-steps'
import { expectAccessible, signIn, switchLanguage } from './support'

// Break test of issue 16 (f16c): a forming circle could only be got rid of by starting it, and a person with a circle
// could be referred again. The coordinator withdraws a forming circle with a reason; the officer may refer again.
test('a forming circle is withdrawn with a reason, and the person can be referred again', async ({ browser }) => {
  test.setTimeout(180_000)
  const officer = await (await browser.newContext()).newPage()
  await signIn(officer, 'probation.officer@llwybr.test')
  const n = Date.now()
  const surname = `Zzwithdraw${n.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`
  await createPerson(officer, 'Withdrawcheck', surname, `19${70 + (n % 25)}-0${1 + (n % 9)}-1${n % 9}`)
  await officer.getByRole('link', { name: 'COSA: Circles of Support and Accountability' }).click()
  await expect(officer.getByRole('heading', { level: 1 })).toContainText('COSA:')
  const crn = (await officer.getByRole('heading', { level: 1 }).innerText()).match(/[A-Z]\d{6}/)![0]
  const refer = async () => {
    await officer.getByLabel('COSA provider').selectOption({ label: 'CAIS (Circles of Support and Accountability, North Wales)' })
    await officer.getByLabel('Programme').selectOption({ label: 'Community' })
    await officer.getByLabel('Eligibility').fill('Sexual offence; on licence.')
    await officer.getByLabel('Suitability').fill('Motivated; accepts boundaries.')
    await officer.getByLabel(/The core member consents/).check()
    await officer.getByRole('button', { name: 'Send the referral' }).click()
    await expect(officer.getByRole('region', { name: 'Referrals to COSA' })).toContainText('Waiting for a decision')
  }
  await refer()
  // While it waits, the form gives way to why.
  await expect(officer.getByRole('region', { name: 'Refer to a circle' })).toContainText('A COSA referral for this person is waiting for the provider’s decision')

  const coordinator = await (await browser.newContext()).newPage()
  await signIn(coordinator, 'cosa.coordinator@llwybr.test')
  await coordinator.goto('/cosa')
  const referral = coordinator.getByRole('region', { name: 'Referrals waiting for a decision' }).getByRole('listitem').filter({ hasText: crn })
  await referral.getByLabel('Decision').selectOption({ label: 'Accepted' })
  await referral.getByRole('button', { name: 'Record the decision' }).click()
  await expect(coordinator.getByRole('heading', { level: 1 })).toContainText(crn)

  const withdraw = coordinator.getByRole('region', { name: 'Withdraw the circle' })
  await withdraw.getByRole('button', { name: 'Withdraw the circle' }).click()
  await expect(withdraw.getByRole('alert', { name: 'There is a problem' })).toContainText('Why the circle is withdrawn')
  await expectAccessible(coordinator)
  await switchLanguage(coordinator, 'Cymraeg')
  await expect(coordinator.getByRole('region', { name: 'Tynnu’r cylch yn ôl' })).toContainText('Os bydd yr aelod craidd yn tynnu ei gydsyniad yn ôl')
  await expectAccessible(coordinator)
  await switchLanguage(coordinator, 'English')
  await coordinator.getByRole('region', { name: 'Withdraw the circle' }).getByLabel('Why the circle is withdrawn').fill('The core member withdrew consent.')
  await coordinator.getByRole('region', { name: 'Withdraw the circle' }).getByRole('button', { name: 'Withdraw the circle' }).click()
  await expect(coordinator.getByRole('definition').filter({ hasText: /^Closed$/ })).toBeVisible()
  await expect(coordinator.getByRole('region', { name: 'Withdraw the circle' })).toHaveCount(0)

  // The circle is closed, so the officer may refer the person again.
  await officer.reload()
  await expect(officer.getByRole('button', { name: 'Send the referral' })).toBeVisible()
  await refer()
})
