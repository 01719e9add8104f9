import { expect, test, type Page } from '@playwright/test'
import { acceptReferral, inDays, referToCais, sendCaisReferral } from './cosa-steps'
import { createPerson, uniqueSurname } from './journey-steps'
import { expectAccessible, signIn, switchLanguage } from './support'

// Break test of issue 16 (f16c): a forming circle could only be got rid of by starting it, a person with a circle
// could be referred again, and the pattern count ignored the volunteers' other circles.
test('a forming circle is withdrawn with a reason, and the person can be referred again', async ({ browser }) => {
  test.setTimeout(180_000)
  const officer = await (await browser.newContext()).newPage()
  await signIn(officer, 'probation.officer@llwybr.test')
  const n = Date.now()
  const surname = uniqueSurname('Zzwithdraw', n)
  await createPerson(officer, 'Withdrawcheck', surname, `19${70 + (n % 25)}-0${1 + (n % 9)}-1${n % 9}`)
  const crn = await referToCais(officer)
  // While it waits, the form gives way to why.
  await expect(officer.getByRole('region', { name: 'Refer to a circle' })).toContainText('A COSA referral for this person is waiting for the provider’s decision')

  const coordinator = await (await browser.newContext()).newPage()
  await signIn(coordinator, 'cosa.coordinator@llwybr.test')
  await acceptReferral(coordinator, crn)

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
  // Walk 20, D4: the reason alone does not withdraw it; it is asked first, in English and Welsh.
  await expect(coordinator.getByRole('region', { name: 'Withdraw the circle' })).toContainText('It cannot be reopened: the person must be referred again.')
  await expect(coordinator.getByRole('definition').filter({ hasText: /^Forming$/ })).toBeVisible()
  await expectAccessible(coordinator)
  await coordinator.getByRole('region', { name: 'Withdraw the circle' }).getByLabel('Yes, withdraw the circle').check()
  await coordinator.getByRole('region', { name: 'Withdraw the circle' }).getByRole('button', { name: 'Withdraw the circle' }).click()
  // Its stage says withdrawn, not closed (walk 20), here and in the provider's list of circles.
  await expect(coordinator.getByRole('definition').filter({ hasText: /^Withdrawn$/ })).toBeVisible()
  await expect(coordinator.getByRole('region', { name: 'Withdraw the circle' })).toHaveCount(0)
  // Walk 20, D6: it says when and why it was withdrawn, and speaks of no end-of-circle questionnaire.
  await expect(coordinator.getByRole('region', { name: 'Withdrawn' })).toContainText('before it started: The core member withdrew consent.')
  await expect(coordinator.getByText('The core member completes the questionnaire once the circle is ending.')).toHaveCount(0)

  // The circle is closed, so the officer may refer the person again; they are told it was withdrawn, when and why (D5).
  await officer.reload()
  await expect(officer.getByText(/· circle Withdrawn$/)).toBeVisible()
  await expect(officer.getByText(/^Withdrawn .*, before it started: The core member withdrew consent\.$/)).toBeVisible()
  await switchLanguage(officer, 'Cymraeg')
  await expect(officer.getByText(/^Tynnwyd yn ôl .*, cyn iddo ddechrau: The core member withdrew consent\.$/)).toBeVisible()
  await switchLanguage(officer, 'English')
  await expect(officer.getByRole('button', { name: 'Send the referral' })).toBeVisible()
  await sendCaisReferral(officer)
})

/** A new person of the officer's, referred to CAIS and accepted: the coordinator is left on the forming circle. */
async function formingCircle(officer: Page, coordinator: Page, first: string) {
  await officer.goto('/')
  const n = Date.now()
  await createPerson(officer, first, uniqueSurname('Zzpattern', n), `19${70 + (n % 25)}-1${n % 3}-0${1 + (n % 9)}`)
  await acceptReferral(coordinator, await referToCais(officer))
}

/** On the circle page open now: adds `volunteer` and keeps a Tuesday 19:00 pattern, which fewer than two can make. */
async function tuesdaysWith(coordinator: Page, volunteer: string) {
  const inner = coordinator.getByRole('region', { name: 'Inner circle' })
  await inner.getByLabel('Volunteer', { exact: true }).selectOption({ label: volunteer })
  await inner.getByRole('button', { name: 'Add a volunteer' }).click()
  await expect(inner.getByRole('table').getByRole('row')).toHaveCount(2)
  // Walk 20, D3: said on the page it returns to, as the add form goes once no one else can join.
  await expect(coordinator.getByRole('status').filter({ hasText: 'Volunteer added to the inner circle.' })).toBeVisible()
  const setup = coordinator.getByRole('region', { name: 'Venue and meeting pattern' })
  await setup.getByLabel('Venue', { exact: true }).fill('Canolfan Gymunedol, Bangor')
  await setup.getByLabel('Venue risk-assessed on').fill(inDays(0))
  await setup.getByLabel('Day').selectOption({ label: 'Tuesday' })
  await setup.getByLabel('Start time').fill('19:00')
  await setup.getByLabel('First meeting on or after').fill(inDays(7))
  await setup.getByLabel('Planned end').fill(inDays(372))
  await setup.getByRole('button', { name: 'Save' }).click()
  return setup
}

// Break test of issue 16 (D7): two circles on Tuesday 19:00 with the same volunteers both said "N of N can make this";
// then (D4) a shared volunteer was counted out of both circles while the rota staffed both: counted in, named as shared.
test('a volunteer who already meets with another circle at that time is shown as shared, and what the rota could do', async ({ browser }) => {
  test.setTimeout(180_000)
  const officer = await (await browser.newContext()).newPage()
  await signIn(officer, 'probation.officer@llwybr.test')
  const coordinator = await (await browser.newContext()).newPage()
  await signIn(coordinator, 'cosa.coordinator@llwybr.test')
  await formingCircle(officer, coordinator, 'Patterna')
  const candidate = coordinator.getByRole('region', { name: 'Inner circle' }).getByLabel('Volunteer', { exact: true }).locator('option').nth(1)
  const volunteer = (await candidate.innerText()).trim()
  const firstName = volunteer.split(' ')[0]!
  const first = await tuesdaysWith(coordinator, volunteer)
  // One volunteer is fewer than two, so it is warned whatever else they do (the demo circle meets on yesterday's weekday).
  await expect(first.getByText('Fewer than two of the inner circle can make this pattern', { exact: true })).toBeVisible()
  await first.getByRole('checkbox', { name: 'Keep this pattern anyway' }).check()
  await first.getByRole('button', { name: 'Save' }).click()
  await expect(coordinator.getByText(/Tuesday at 19:00 for 90 minutes, every week/)).toBeVisible()
  const firstCircle = coordinator.url().split('?')[0]!

  await formingCircle(officer, coordinator, 'Patternb')
  const second = await tuesdaysWith(coordinator, volunteer)
  // Free then, so counted; but the first circle needs them for its own two, so the rota could place nobody here.
  await expect(second).toContainText('1 of 1 inner-circle volunteers can make this day and time.')
  await expect(second).toContainText(`${firstName}: also serves in the circle for Patterna`)
  await expect(second).toContainText('so the rota could place nobody at this circle’s meetings')
  await expectAccessible(coordinator)
  // Kept while forming: the circle page lists who is shared, with which circle, in both languages.
  await second.getByRole('checkbox', { name: 'Keep this pattern anyway' }).check()
  await second.getByRole('button', { name: 'Save' }).click()
  await expect(coordinator.getByText(/Tuesday at 19:00 for 90 minutes, every week/)).toBeVisible()
  await expect(coordinator.getByRole('listitem').filter({ hasText: `${firstName}: also serves in the circle for Patterna` })).toBeVisible()
  await switchLanguage(coordinator, 'Cymraeg')
  await expect(coordinator.getByRole('listitem').filter({ hasText: `${firstName}: hefyd yn gwasanaethu yn y cylch ar gyfer Patterna` })).toBeVisible()
  await expect(coordinator.getByText('felly ni allai’r rota roi neb yng nghyfarfodydd y cylch hwn')).toBeVisible()
  await expectAccessible(coordinator)
  await switchLanguage(coordinator, 'English')
  // Both withdrawn, so the volunteer is free again for the COSA journeys that follow (they meet on Tuesdays at 19:00).
  for (const url of [coordinator.url().split('?')[0]!, firstCircle]) {
    await coordinator.goto(url)
    const withdraw = coordinator.getByRole('region', { name: 'Withdraw the circle' })
    await withdraw.getByLabel('Why the circle is withdrawn').fill('Set up to check the pattern count.')
    await withdraw.getByRole('button', { name: 'Withdraw the circle' }).click()
    await withdraw.getByLabel('Yes, withdraw the circle').check()
    await withdraw.getByRole('button', { name: 'Withdraw the circle' }).click()
    await expect(coordinator.getByRole('definition').filter({ hasText: /^Withdrawn$/ })).toBeVisible()
  }
  // Walk 20, D15: the volunteer's page lists the circles they served in, and why they left, in both languages.
  await coordinator.getByRole('link', { name: volunteer.split(' — ')[0]!, exact: true }).first().click()
  const circles = coordinator.getByRole('region', { name: 'Circles', exact: true })
  await expect(circles).toContainText('Serves in no circle now')
  await expect(circles.getByRole('row').filter({ hasText: 'Set up to check the pattern count.' })).toHaveCount(2)
  await expectAccessible(coordinator)
  await switchLanguage(coordinator, 'Cymraeg')
  await expect(coordinator.getByRole('region', { name: 'Cylchoedd', exact: true })).toContainText('Yn gwasanaethu mewn dim cylch nawr')
  await switchLanguage(coordinator, 'English')
})
