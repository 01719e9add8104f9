import { expect, type Page } from '@playwright/test'
import { expectAccessible, switchLanguage } from './support'

// The steps that close an ending circle, shared by the COSA journeys (cosa-circle.spec.ts, cosa-circle-life.spec.ts).

const today = () => new Date().toISOString().slice(0, 10)
/** The ISO day `n` days from now (by UTC), as the date fields take it. */
export const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10)
const statements = ['I felt supported by my circle', 'I feel less alone than before the circle', 'I cope better with problems than before', 'I feel confident about living without offending']

/**
 * Presses "Begin ending the circle" on the ending section. When the ending cancels meetings it is asked first (fix16a
 * item 3): reads how many, ticks the confirmation and presses again. When it cancels none it begins at once, with no
 * tick (re-check of issue 16, D3).
 */
export async function beginEnding(page: Page) {
  const ending = page.getByRole('region', { name: 'Ending the circle' })
  await ending.getByRole('button', { name: 'Begin ending the circle' }).click()
  // The warning with the count, not the error summary's "tick the box" line; or, with nothing to cancel, the ending begun.
  const asked = ending.getByRole('listitem').filter({ hasText: /^Beginning the ending cancels \d+ meetings? after that date/ })
  const begun = page.getByRole('status').filter({ hasText: /^Ending begun: / })
  await expect(asked.or(begun)).toBeVisible()
  if (await begun.isVisible()) {
    await expect(begun).toContainText('No meetings after that date needed cancelling.')
    return
  }
  // The question stays through a switch of language, asked again in Welsh, then in English (walk 20, D2).
  await switchLanguage(page, 'Cymraeg')
  await expect(page.getByRole('listitem').filter({ hasText: /^Mae dechrau’r diwedd yn canslo \d+ cyfarfod/ })).toBeVisible()
  // No error summary: the question is asked, not refused (Next's route announcer is an alert too, so look in the form).
  await expect(page.getByRole('region', { name: 'Dod â’r cylch i ben' }).getByRole('alert')).toHaveCount(0)
  await switchLanguage(page, 'English')
  await expect(asked).toBeVisible()
  await ending.getByRole('checkbox', { name: 'Begin the ending and cancel these meetings' }).check()
  await ending.getByRole('button', { name: 'Begin ending the circle' }).click()
  await expect(begun).toBeVisible()
}

/**
 * On an ending circle's page: records the end review today with one member of the outer circle, the core member's
 * questionnaire (every statement scored the same) unless the circle never met, then closes the circle and checks it
 * shows as Closed.
 */
export async function closeEndingCircle(page: Page, { outer, progress, score }: { outer: RegExp; progress: string; score: 3 | 4 }) {
  const reviews = page.getByRole('region', { name: 'Reviews with the outer circle' })
  const ending = page.getByRole('region', { name: 'Ending the circle' })
  await reviews.getByLabel('Kind of review').selectOption({ label: 'End review' })
  await reviews.getByLabel('Held on').fill(today())
  await reviews.getByRole('checkbox', { name: outer }).check()
  await reviews.getByLabel('Progress and decisions').fill(progress)
  await reviews.getByRole('button', { name: 'Record a review' }).click()
  await expect(reviews).toContainText(progress)
  // cosa16 item 4: each step of the circle's life says what was done on the page it returns to.
  await expect(page.getByRole('status').filter({ hasText: 'End review recorded.' })).toBeVisible()
  // A circle that never met (its rota's first meeting still ahead) takes no questionnaire (walk 41 F2): its page says
  // "Not completed" instead, and the form is not offered.
  if ((await ending.getByText(/^Not completed: the circle never met/).count()) > 0) {
    // Its end review recorded, the circle is no longer said to close without one (walk 47 F4).
    await expect(ending).toContainText('This circle has never met: it closes with its ending reason and its end review, without a questionnaire.')
  } else {
    await ending.getByLabel('Completed on').fill(today())
    for (const statement of statements) await ending.getByLabel(statement).selectOption({ label: score === 3 ? '3 – somewhat' : '4 – mostly' })
    await ending.getByRole('button', { name: 'Save the questionnaire' }).click()
    await expect(ending).toContainText(`${score} out of 5`)
    await expect(page.getByRole('status').filter({ hasText: 'The core member’s questionnaire is recorded.' })).toBeVisible()
  }
  // Closing asks first, naming what it means.
  await ending.getByRole('link', { name: 'Close the circle…' }).click()
  const sure = ending.getByRole('group', { name: 'Are you sure you want to close this circle?' })
  // The link is gone: the question takes the focus, not the page's body (walk 47 F5).
  await expect(sure).toBeFocused()
  await expect(sure).toContainText('no more meetings')
  await expect(sure).toContainText('its volunteers are released')
  await expectAccessible(page)
  await sure.getByRole('button', { name: 'Yes, close the circle' }).click()
  await expect(ending).toContainText('Closed on')
  await expect(page.getByRole('status').filter({ hasText: /^Circle closed: its volunteers are released\./ })).toBeVisible()
  await expect(page.getByRole('definition').filter({ hasText: /^Closed$/ })).toBeVisible()
  // Issue 16 gap 3: a closed circle shows who served, from when to when, and no "can make it" figure.
  const served = page.getByRole('region', { name: 'Who served in the inner circle' })
  await expect(served.getByRole('columnheader', { name: 'Left', exact: true })).toBeVisible()
  await expect(served.getByRole('row').nth(1)).toBeVisible()
  await expect(page.getByText('No volunteers yet.')).toHaveCount(0)
  await expect(page.getByText(/can make this day and time/)).toHaveCount(0)
}

/**
 * On a running circle's page whose coming meetings have a volunteer's confirmation: a day nobody of the inner circle
 * can make is refused for the volunteers alone, with no "cancel these meetings" tick that could not help (issue 16,
 * left item 4); then a day they can make asks first to cancel the meetings the old pattern gave, people on them
 * included, and saves once ticked (left item 5a). English and Welsh, axe. Leaves the circle running on `day`.
 * Input: the coordinator's page on the circle, a day nobody can make, a day they can. Output: none.
 */
export async function changeRunningPattern(page: Page, nobodysDay: string, day: string) {
  const setup = page.getByRole('region', { name: 'Venue and meeting pattern' })
  await setup.getByLabel('Day').selectOption({ label: nobodysDay })
  await setup.getByRole('button', { name: 'Save' }).click()
  await expect(setup.getByRole('alert', { name: 'There is a problem' })).toContainText('Fewer than two of the inner circle can make this day and time')
  await expect(setup.getByText('Fewer than two of the inner circle can make this pattern', { exact: true })).toBeVisible()
  // A refusal focuses its error summary, as everywhere; the panel beside it explains (walk 41 F7: the panel took it).
  await expect(setup.getByRole('alert', { name: 'There is a problem' })).toBeFocused()
  await expect(setup.getByText('Meetings will be cancelled', { exact: true })).toHaveCount(0)
  // No tick to confirm anything (the "Same place" box of a venue change is not a confirmation: walk 41 F1).
  await expect(setup.getByRole('checkbox', { name: /^(?!Same place)/ })).toHaveCount(0)
  // Nothing on it speaks of a forming circle (break test D5: the refusal's hint said "The circle is still forming").
  await expect(setup).not.toContainText('The circle is still forming')
  await expectAccessible(page)
  await switchLanguage(page, 'Cymraeg')
  const welshSetup = page.getByRole('region', { name: 'Lleoliad a phatrwm cyfarfod' })
  await welshSetup.getByLabel('Diwrnod').selectOption({ label: welshDay[nobodysDay]! })
  await welshSetup.getByRole('button', { name: 'Cadw', exact: true }).click()
  await expect(page.getByText('Gall llai na dau o’r cylch mewnol ddod yn ôl y patrwm hwn', { exact: true })).toBeVisible()
  await expect(page.getByText('Bydd cyfarfodydd yn cael eu canslo', { exact: true })).toHaveCount(0)
  await expect(welshSetup.getByRole('checkbox', { name: /^(?!Yr un lle)/ })).toHaveCount(0)
  await switchLanguage(page, 'English')

  await setup.getByLabel('Day').selectOption({ label: day })
  await setup.getByRole('button', { name: 'Save' }).click()
  await expect(setup.getByRole('listitem').filter({ hasText: /^This change cancels \d+ meetings? still to come .* with (\d+ volunteers’ confirmations|1 volunteer’s confirmation) and (no places waiting to be confirmed|\d+ places? waiting to be confirmed \(“Please confirm”\)) on/ })).toBeVisible()
  await expect(setup.getByText('Meetings will be cancelled', { exact: true })).toBeVisible()
  await expectAccessible(page)
  await setup.getByRole('checkbox', { name: 'Cancel these meetings and save the new pattern' }).check()
  await setup.getByRole('button', { name: 'Save' }).click()
  await expect(setup.getByRole('status')).toContainText(/\d+ meetings? still to come under the old pattern (was|were) cancelled/)
}

const welshDay: Record<string, string> = { Monday: 'Dydd Llun', Tuesday: 'Dydd Mawrth', Wednesday: 'Dydd Mercher', Thursday: 'Dydd Iau', Friday: 'Dydd Gwener', Saturday: 'Dydd Sadwrn', Sunday: 'Dydd Sul' }

/**
 * From the officer's person record open now: refers the person to CAIS with consent; the coordinator accepts, puts
 * four volunteers in the inner circle, meets on Tuesdays at 19:00 (the demo volunteers' evening) from a week ahead,
 * starts the circle and generates its rota. For suites that need a running circle with meetings coming up whatever
 * earlier specs closed (cosa-circle-life.spec.ts closes the demo circle, cosa-circle.spec.ts its own).
 */
export async function startCircleWithRota(officer: Page, coordinator: Page) {
  const crn = await referToCais(officer)
  await acceptReferral(coordinator, crn)
  await addRegularVolunteers(coordinator, 4)
  await saveTuesdayPattern(coordinator)
  await expect(coordinator.getByText(/Tuesday at 19:00 for 90 minutes, every week/)).toBeVisible()
  await coordinator.getByRole('button', { name: 'Start the circle' }).click()
  await expect(coordinator.getByRole('status').filter({ hasText: 'Circle started.' })).toBeVisible()
  await coordinator.goto('/cosa/rota')
  await coordinator.getByRole('checkbox', { name: new RegExp(crn) }).check()
  await coordinator.getByRole('button', { name: 'Generate the rota' }).click()
  await expect(coordinator.getByText('Rota generated.')).toBeVisible()
}

/** From the officer's person record open now: refers the person to CAIS with consent. Output: their CRN. */
export async function referToCais(officer: Page): Promise<string> {
  await officer.getByRole('link', { name: 'COSA: Circles of Support and Accountability' }).click()
  await expect(officer.getByRole('heading', { level: 1 })).toContainText('COSA:')
  const crn = (await officer.getByRole('heading', { level: 1 }).innerText()).match(/[A-Z]\d{6}/)![0]
  await sendCaisReferral(officer)
  return crn
}

/** On the person's COSA page open now: fills and sends a CAIS community referral with consent. */
export async function sendCaisReferral(officer: Page) {
  await officer.getByLabel('COSA provider').selectOption({ label: 'CAIS (Circles of Support and Accountability, North Wales)' })
  await officer.getByLabel('Programme').selectOption({ label: 'Community' })
  await officer.getByLabel('Eligibility').fill('Sexual offence against a child; on licence; high RoSH to children.')
  await officer.getByLabel('Suitability').fill('Isolated since release; motivated; accepts boundaries.')
  await officer.getByLabel(/The core member consents/).check()
  await officer.getByRole('button', { name: 'Send the referral' }).click()
  await expect(officer.getByRole('region', { name: 'Referrals to COSA' })).toContainText('Waiting for a decision')
}

/** On a forming circle's page: adds the first volunteer offered, `count` times, as regular members of the inner circle. */
export async function addRegularVolunteers(coordinator: Page, count: number) {
  const inner = coordinator.getByRole('region', { name: 'Inner circle' })
  for (let n = 0; n < count; n++) {
    await inner.getByLabel('Volunteer', { exact: true }).selectOption({ index: 1 })
    await inner.getByRole('button', { name: 'Add a volunteer' }).click()
    await expect(inner.getByRole('table').getByRole('row')).toHaveCount(n + 2)
  }
}

/** The coordinator accepts the referral of `crn` on /cosa and lands on the forming circle. */
export async function acceptReferral(coordinator: Page, crn: string) {
  await coordinator.goto('/cosa')
  const referral = coordinator.getByRole('region', { name: 'Referrals waiting for a decision' }).getByRole('listitem').filter({ hasText: crn })
  await referral.getByLabel('Decision').selectOption({ label: 'Accepted' })
  await referral.getByRole('button', { name: 'Record the decision' }).click()
  await expect(coordinator.getByRole('heading', { level: 1 })).toContainText(crn)
}

/** On a circle's page: adds PC Gareth Owen of North Wales Police to its outer circle (an end review needs one). */
export async function addPoliceToOuterCircle(page: Page) {
  const outer = page.getByRole('region', { name: 'Outer circle' })
  await outer.getByLabel('Agency').selectOption({ label: 'North Wales Police' })
  await outer.getByLabel('Name').fill('PC Gareth Owen')
  await outer.getByLabel('Role').fill('Public protection officer')
  await outer.getByRole('button', { name: 'Add to the outer circle' }).click()
}

/**
 * On a running circle's page: closes it today, so its volunteers are released and the specs that follow find none of
 * it. PC Gareth Owen joins its outer circle, the ending begins today for `reason` (beginEnding), then the end review,
 * the questionnaire and the closing (closeEndingCircle). Input: the coordinator's page on the circle, the reason.
 */
export async function closeRunningCircleToday(page: Page, reason: string) {
  await addPoliceToOuterCircle(page)
  await expect(page.getByRole('region', { name: 'Outer circle' }).getByRole('table')).toContainText('PC Gareth Owen')
  const ending = page.getByRole('region', { name: 'Ending the circle' })
  await ending.getByLabel('Why the circle is ending').fill(reason)
  await ending.getByLabel('Ending phase starts on').fill(inDays(0))
  await beginEnding(page)
  await closeEndingCircle(page, { outer: /PC Gareth Owen/, progress: `${reason}: circle closed.`, score: 3 })
}

/**
 * On a circle's page: sets its venue (risk-assessed today) and a Tuesday 19:00 weekly pattern from a week ahead for a
 * year, the demo volunteers' evening, and presses Save. Output: the set-up region, for what the save answered.
 */
export async function saveTuesdayPattern(page: Page, venue = 'Canolfan Gymunedol, Bangor') {
  const setup = page.getByRole('region', { name: 'Venue and meeting pattern' })
  await setup.getByLabel('Venue', { exact: true }).fill(venue)
  await setup.getByLabel('Venue risk-assessed on').fill(inDays(0))
  await setup.getByLabel('Day').selectOption({ label: 'Tuesday' })
  await setup.getByLabel('Start time').fill('19:00')
  await setup.getByLabel('First meeting on or after').fill(inDays(7))
  await setup.getByLabel('Planned end').fill(inDays(372))
  await setup.getByRole('button', { name: 'Save' }).click()
  return setup
}

/**
 * The coordinator makes sure a demo volunteer serves in the running circle of the person with `surname` (started by
 * startCircleWithRota, which puts whichever volunteers are offered first): adds them to its inner circle if they are
 * not in it, then puts them on its first coming meeting if they hold no place on it (with a reason, should a rule
 * ask for one). For journeys about what happens to a volunteer's place (h17g, issue 17: the suite's earlier specs
 * close every demo circle, so the demo volunteer serves in none by then).
 * Input: the coordinator's page, the core member's surname, the volunteer's first and last name.
 * Output: the URLs of the circle's page and of that meeting's page.
 */
export async function serveOnFirstMeeting(coordinator: Page, surname: string, volunteer: { first: string; last: string }) {
  await coordinator.goto('/cosa/rota')
  await coordinator.getByRole('region', { name: 'Meetings coming up' }).getByRole('row').filter({ hasText: surname }).first().getByRole('link').first().click()
  await coordinator.waitForURL(/\/cosa\/rota\/[0-9a-f-]{36}$/)
  const meetingUrl = coordinator.url()
  await coordinator.getByRole('link', { name: new RegExp(`^Circle for .*${surname}`) }).click()
  await coordinator.waitForURL(/\/cosa\/circles\/[0-9a-f-]{36}$/)
  const circleUrl = coordinator.url()
  const inner = coordinator.getByRole('region', { name: 'Inner circle' })
  const member = inner.getByRole('link', { name: `${volunteer.first} ${volunteer.last}`, exact: true })
  if ((await member.count()) === 0) {
    await inner.getByLabel('Volunteer', { exact: true }).selectOption({ label: (await inner.locator('option', { hasText: new RegExp(`^${volunteer.first} ${volunteer.last} — `) }).innerText()).trim() })
    await inner.getByRole('button', { name: 'Add a volunteer' }).click()
    await expect(member).toBeVisible()
  }
  await coordinator.goto(meetingUrl)
  const onRota = coordinator.getByRole('region', { name: 'On the rota' })
  if ((await onRota.getByText(new RegExp(`^${volunteer.first} — `)).count()) === 0) {
    const add = coordinator.getByRole('region', { name: 'Put a volunteer on this meeting' })
    const choice = (await add.locator('option', { hasText: new RegExp(`^${volunteer.first} — `) }).innerText()).trim()
    await add.getByLabel('Volunteer', { exact: true }).selectOption({ label: choice })
    await add.getByLabel(/^Reason/).fill('Joining the circle from its first meeting')
    await add.getByRole('button', { name: 'Put a volunteer on this meeting' }).click()
    await expect(onRota.getByText(new RegExp(`^${volunteer.first} — `))).toBeVisible()
  }
  return { circleUrl, meetingUrl }
}
