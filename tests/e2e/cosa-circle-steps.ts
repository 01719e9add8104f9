import { expect, type APIRequest, type Browser, type Page } from '@playwright/test'
import { addPoliceToOuterCircle, beginEnding, closeEndingCircle, inDays } from './cosa-steps'
import { closedNeverMet } from './cosa-rewalk-steps'
import { expectAccessible, signIn, switchLanguage } from './support'

// The later steps of cosa-circle.spec.ts's journey (one circle's life across three people's screens), kept apart so
// the journey reads in a page. Each takes the pages it acts on and the core member's CRN and first name.

/** On the circle's page, a non-association with the circle's own core member is refused (en, cy); back to the circle. */
export async function refusesNonAssociationInOwnCircle(coordinator: Page, crn: string) {
  // Break test of issue 16 (D5): a non-association with the core member of a volunteer's own circle is refused, saying
  // to take them out first, in English and Welsh; nothing is recorded.
  const circleUrl = coordinator.url()
  await coordinator.getByRole('region', { name: 'Inner circle' }).getByRole('table').getByRole('link').first().click()
  const recordNonAssociation = async (region: string, why: string, button: string) => {
    const section = coordinator.getByRole('region', { name: region })
    await section.getByLabel('CRN').fill(crn)
    await section.getByLabel(why, { exact: true }).fill('Knows one of the victims')
    await section.getByRole('button', { name: button }).click()
    return section
  }
  const refused = await recordNonAssociation('Non-associations', 'Why', 'Record a non-association')
  await expect(refused.getByRole('alert', { name: 'There is a problem' })).toContainText('This volunteer serves in this person’s circle: take them out of the circle first, then record the non-association')
  await expectAccessible(coordinator)
  await switchLanguage(coordinator, 'Cymraeg')
  const refusedCy = await recordNonAssociation('Peidio â chysylltu', 'Pam', 'Cofnodi peidio â chysylltu')
  await expect(refusedCy.getByRole('alert', { name: 'Mae problem' })).toContainText('Mae’r gwirfoddolwr hwn yn gwasanaethu yng nghylch yr unigolyn hwn')
  await expect(refusedCy).not.toContainText(crn)
  await switchLanguage(coordinator, 'English')
  await coordinator.goto(circleUrl)
}

/** Generates the rota for the new circle, takes a volunteer off its first meeting and puts cover on (en, cy). */
export async function staffsTheFirstMeeting(coordinator: Page, crn: string, firstName: string) {
  // Twelve weeks of meetings for the new circle, staffed without conflicts; a volunteer drops out and cover is offered.
  await coordinator.goto('/cosa')
  // The demo circle in Llangefni is active too, unless cosa-circle-life.spec.ts has closed it.
  await expect(coordinator.getByRole('region', { name: 'This week' })).toContainText(/Active: [12]\b/)
  await coordinator.goto('/cosa/rota')
  await coordinator.getByRole('checkbox', { name: new RegExp(crn) }).check()
  await coordinator.getByRole('button', { name: 'Generate the rota' }).click()
  await expect(coordinator.getByText('Rota generated.')).toBeVisible()
  const rows = coordinator.getByRole('region', { name: 'Meetings coming up' }).getByRole('row').filter({ hasText: crn })
  await expect(rows.first()).toBeVisible()
  expect(await rows.count()).toBeGreaterThanOrEqual(10)
  await expect(rows.first()).toContainText('None')
  await expectAccessible(coordinator)
  await rows.first().getByRole('link').click()
  await expect(coordinator.getByRole('heading', { level: 1 })).toContainText('Circle meeting')
  // Walk-through D6 of issue 16: the meeting page says whose circle it is and links to it.
  await expect(coordinator.getByRole('link', { name: new RegExp(`^Circle for ${firstName} .*\\(${crn}\\)$`) })).toHaveAttribute('href', /^\/cosa\/circles\//)
  // Issue 16 item 9: every other volunteer of the circle is listed up front with whether they can come and why not.
  const whoCan = coordinator.getByRole('region', { name: 'Who else of the circle can come' })
  await expect(whoCan.getByRole('columnheader', { name: 'Can they come?' })).toBeVisible()
  await expect(whoCan.getByRole('row')).toHaveCount(2)
  // Issue 16 item 10: taking someone off asks why; they are not offered back, and cover reaches the wider pool.
  const onRota = coordinator.getByRole('region', { name: 'On the rota' })
  const takeOff = onRota.locator('summary').first()
  const dropped = (await takeOff.innerText()).replace(/^Take (.*) off this meeting$/, '$1')
  await takeOff.click()
  await onRota.getByRole('button', { name: `Take ${dropped} off` }).click()
  await expect(onRota.getByRole('alert', { name: 'There is a problem' })).toContainText('Give a reason')
  await onRota.getByLabel(`Why is ${dropped} coming off this meeting?`).fill('Working a late shift that week')
  await onRota.getByRole('button', { name: `Take ${dropped} off` }).click()
  // Walk 20, D12: asked first, as removal from the circle is.
  await expect(onRota.getByText(`${dropped} is taken off this meeting, with the reason you gave kept on it`)).toBeVisible()
  await onRota.getByLabel(`Yes, take ${dropped} off this meeting`).check()
  await onRota.getByRole('button', { name: `Take ${dropped} off` }).click()
  // Gap 5: the row and its form are gone, so the page says who was taken off and why.
  await expect(coordinator.getByRole('status').filter({ hasText: `${dropped} was taken off this meeting. Reason: “Working a late shift that week”` })).toBeFocused()
  await expect(coordinator.getByRole('region', { name: 'Dropped out of this meeting' })).toContainText(`${dropped}: taken off by the coordinator`)
  await expect(coordinator.getByRole('region', { name: 'Dropped out of this meeting' })).toContainText('Working a late shift that week')
  const add = coordinator.getByRole('region', { name: 'Put a volunteer on this meeting' })
  await expect(add.getByText(/Free to cover without any conflict/)).toContainText(/\(not in this circle[;)]/)
  await expect(add.getByText(/Free to cover without any conflict/)).not.toContainText(new RegExp(`\\b${dropped}\\b`))
  // Heard with the picker when tabbing into it, not only read beside it (walk 37 O8e).
  await expect(add.getByLabel('Volunteer', { exact: true })).toHaveAccessibleDescription(/Free to cover without any conflict/)
  // Walk-through finding 1: whoever was taken off is not offered back by hand either.
  await expect(add.locator('option', { hasText: new RegExp(`^${dropped} — `) })).toHaveCount(0)
  await expectAccessible(coordinator)
  const outsider = add.locator('option', { hasText: 'not in this circle — free' }).first()
  await add.getByLabel('Volunteer', { exact: true }).selectOption(await outsider.getAttribute('value'))
  await add.getByRole('button', { name: 'Put a volunteer on this meeting' }).click()
  // Says what was done, not just "Saved." (walk 41 O5).
  await expect(coordinator.getByText('Volunteer put on this meeting.')).toBeVisible()
  await switchLanguage(coordinator, 'Cymraeg')
  await expect(coordinator.getByRole('heading', { name: 'Pwy arall o’r cylch sy’n gallu dod' })).toBeVisible()
  await expect(coordinator.getByRole('link', { name: new RegExp(`^Cylch ar gyfer ${firstName} .*\\(${crn}\\)$`) })).toBeVisible()
  await expect(coordinator.getByRole('region', { name: 'Wedi tynnu’n ôl o’r cyfarfod hwn' })).toContainText('Rheswm: Working a late shift that week')
  await expectAccessible(coordinator)
  await switchLanguage(coordinator, 'English')
}

/** A volunteer of the circle confirms, declines with a reason, takes the calendar feed and adds availability. Output: their page. */
export async function volunteerAnswersFromPhone(browser: Browser, request: APIRequest, crn: string, firstName: string): Promise<Page> {
  // A volunteer of the circle (Alun) answers from a phone.
  const volunteer = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage()
  await signIn(volunteer, 'cosa.volunteer@llwybr.test')
  const meetings = volunteer.getByRole('region', { name: 'Your circle meetings' })
  await expect(meetings.getByRole('listitem').first()).toContainText('Circle with')
  await expect(meetings).not.toContainText(crn)
  await expectAccessible(volunteer)
  await meetings.getByRole('listitem').first().getByRole('button', { name: 'I will be there' }).click()
  await expect(meetings.getByRole('listitem').first()).toContainText('Confirmed')
  // Issue 16 gap 5: a decline is confirmed with the reason given, which stays on the meeting's card.
  const second = meetings.getByRole('listitem').nth(1)
  await second.locator('summary', { hasText: 'I cannot make it' }).click()
  await second.getByLabel(/^Why can/).fill('Visiting my mother in hospital')
  await second.getByRole('button', { name: 'I cannot make it' }).click()
  await expect(volunteer.getByRole('status').filter({ hasText: 'You declined this meeting. Your coordinator can see your reason: “Visiting my mother in hospital”' })).toBeVisible()
  await expect(meetings.getByRole('listitem').nth(1)).toContainText('Your reason: “Visiting my mother in hospital”')
  await expectAccessible(volunteer)
  await switchLanguage(volunteer, 'Cymraeg')
  await expect(volunteer.getByRole('listitem').filter({ hasText: 'Eich rheswm: “Visiting my mother in hospital”' })).toBeVisible()
  await expectAccessible(volunteer)
  await switchLanguage(volunteer, 'English')
  // Confirmed meetings reach the volunteer's phone calendar through a private address, with no one's name in it.
  const calendar = volunteer.getByRole('region', { name: 'Calendar' })
  await calendar.getByRole('button', { name: 'Create calendar address' }).click()
  // Walk 41 F8: the new address takes the focus, and "You already have a calendar address" does not stand beside it.
  await expect(calendar.getByLabel('Your calendar address')).toBeFocused()
  await expect(calendar.getByText('You already have a calendar address', { exact: false })).toHaveCount(0)
  const address = await calendar.getByLabel('Your calendar address').inputValue()
  const feed = await (await request.newContext()).get(address)
  expect(feed.status()).toBe(200)
  expect(feed.headers()['content-type']).toContain('text/calendar')
  const ics = await feed.text()
  expect(ics).toContain('BEGIN:VEVENT')
  expect(ics).toContain('Canolfan Gymunedol')
  expect(ics).not.toContain(crn)
  expect(ics).not.toContain(firstName)
  const availability = volunteer.getByRole('region', { name: 'Weekly availability' })
  await availability.getByLabel('Day').selectOption({ label: 'Saturday' })
  await availability.getByLabel('From').fill('10:00')
  await availability.getByLabel('To').fill('12:00')
  await availability.getByRole('button', { name: 'Add a window' }).click()
  await expect(availability).toContainText('Saturday 10:00–12:00')
  await expect(volunteer.getByRole('region', { name: 'Non-associations' })).toHaveCount(0)
  await expectAccessible(volunteer)
  return volunteer
}

/** A concern from the volunteer's phone to the coordinator, onto the officer's record, and back with an outcome. */
export async function concernRoundTrip(volunteer: Page, coordinator: Page, officer: Page, firstName: string) {
  // A concern, from the volunteer's phone to the coordinator, onto the officer's record, and back with an outcome.
  const concern = volunteer.getByRole('region', { name: 'Raise a concern' })
  await concern.getByLabel('Circle', { exact: true }).selectOption({ label: `Circle with ${firstName}` })
  await concern.getByLabel('How urgent').selectOption({ label: 'Urgent' })
  await concern.getByLabel('What happened, and what worried you').fill('He said he has been messaging a teenager online.')
  await concern.getByRole('button', { name: 'Send to my coordinator' }).click()
  await expect(volunteer.getByText('Sent: your coordinator has it now.')).toBeVisible()

  await coordinator.goto('/cosa')
  const open = coordinator.getByRole('region', { name: 'Concerns from volunteers' }).getByRole('listitem').filter({ hasText: 'messaging a teenager' })
  await open.getByLabel('Risk judgement').fill('Possible grooming: police and offender manager told by phone at once.')
  await open.getByRole('button', { name: 'Pass on to the supervising agency' }).click()
  await expect(open).not.toContainText('Pass on to the supervising agency')
  await expect(open).toContainText('Passed on ')

  await officer.reload()
  const about = officer.getByRole('region', { name: 'Concerns from the circle' })
  await expect(about).toContainText('messaging a teenager')
  await about.getByLabel('Outcome').fill('Home visit with police the same evening; devices seized.')
  await about.getByRole('button', { name: 'Record the outcome' }).click()
  await expect(about).toContainText('devices seized')
  await expectAccessible(officer)
}

/** The circle, its first meeting a week away, is ended from a date ahead, returned to running, then ended and closed today. */
export async function endsBeforeItsFirstMeeting(coordinator: Page, officer: Page, crn: string) {
  // Issue 16 item 11: a circle whose first meeting is still a week away can be ended from today and closed today; the
  // page shows the day it started and its first meeting (an ending date ahead would hold the close until then).
  await coordinator.goto('/cosa')
  await coordinator.getByRole('region', { name: 'Circles', exact: true }).getByRole('link', { name: new RegExp(crn) }).click()
  // fix16a item 4: no outer circle yet, so no review form with nothing to tick; the page says to add members first.
  const reviews = coordinator.getByRole('region', { name: 'Reviews with the outer circle' })
  await expect(reviews.getByRole('button', { name: 'Record a review' })).toHaveCount(0)
  await expect(reviews.getByRole('link', { name: 'Add members of the outer circle first' })).toBeVisible()
  await addPoliceToOuterCircle(coordinator)
  const ending = coordinator.getByRole('region', { name: 'Ending the circle' })
  await ending.getByLabel('Why the circle is ending').fill('Recalled to custody before the first meeting.')
  await expect(coordinator.getByRole('definition').filter({ hasText: /^Not started yet$/ })).toHaveCount(0)
  await expect(coordinator.getByRole('term').filter({ hasText: /^First meeting$/ })).toBeVisible()
  // cosa16 item 2: the first meeting is the circle's first scheduled one (none held yet), apart from its pattern's date.
  await expect(coordinator.getByRole('definition').filter({ hasText: /^\d+ \w+ \d{4} \(scheduled\)$/ })).toBeVisible()
  await expect(coordinator.getByRole('term').filter({ hasText: /^Pattern since$/ })).toBeVisible()
  // cosa17 item 1: a circle not yet met follows its pattern from its first meeting, the same day as the first scheduled.
  const firstScheduled = (await coordinator.getByRole('definition').filter({ hasText: /^\d+ \w+ \d{4} \(scheduled\)$/ }).innerText()).replace(' (scheduled)', '')
  await expect(coordinator.getByRole('term').filter({ hasText: /^Pattern since$/ }).locator('xpath=following-sibling::dd[1]')).toHaveText(firstScheduled)
  // cosa16 item 1: an ending from a date ahead leaves the circle running until then, offers no end review,
  // questionnaire or closing before it, and says when they open; returning to running is the way out.
  await ending.getByLabel('Ending phase starts on').fill(inDays(14))
  await beginEnding(coordinator)
  await expect(coordinator.getByRole('status').filter({ hasText: /after that date (was|were) cancelled\./ })).toBeVisible()
  await expect(coordinator.getByRole('definition').filter({ hasText: /^Running — ending from / })).toBeVisible()
  await expect(ending).toContainText(/The end review, the questionnaire and closing open on /)
  // cosa17 item 2: the reason's own full stop is not doubled by the sentence's.
  await expect(ending).toContainText('Reason: Recalled to custody before the first meeting.')
  await expect(ending).not.toContainText('..')
  await expect(ending.getByRole('button', { name: 'Save the questionnaire' })).toHaveCount(0)
  await expect(ending.getByRole('link', { name: 'Close the circle…' })).toHaveCount(0)
  await expect(coordinator.getByRole('region', { name: 'Reviews with the outer circle' }).getByRole('option', { name: 'End review' })).toHaveCount(0)
  await expectAccessible(coordinator)
  await ending.getByRole('button', { name: 'Return to running' }).click()
  await expect(coordinator.getByRole('status').filter({ hasText: 'The circle is running again.' })).toBeVisible()
  await ending.getByLabel('Why the circle is ending').fill('Recalled to custody before the first meeting.')
  await ending.getByLabel('Ending phase starts on').fill(inDays(0))
  await beginEnding(coordinator)
  await expect(coordinator.getByRole('definition').filter({ hasText: /^Ending$/ })).toBeVisible()
  await expect(coordinator.getByRole('region', { name: 'Venue and meeting pattern' })).toHaveCount(0)
  // Walk 41 F2: a circle that never met closes with its ending reason: no end review and no invented questionnaire.
  await expect(ending.getByText('Not completed: the circle never met, so there were no meetings for the core member to answer about.')).toBeVisible()
  await expect(ending.getByRole('button', { name: 'Save the questionnaire' })).toHaveCount(0)
  await expect(ending).toContainText('This circle has never met: it closes with its ending reason, without an end review or questionnaire.')
  // The end review with the outer circle may still be recorded; closing needs it no more than the questionnaire.
  await closeEndingCircle(coordinator, { outer: /PC Gareth Owen/, progress: 'Closed before it met: recalled.', score: 3 })
  await expect(ending).toContainText('Not completed: the circle never met')
  await expectAccessible(coordinator)
  await switchLanguage(coordinator, 'Cymraeg')
  await expect(coordinator.getByText('Heb ei gwblhau: ni wnaeth y cylch erioed gyfarfod', { exact: false })).toBeVisible()
  await switchLanguage(coordinator, 'English')
  // A closed circle that never met says so, with no pattern (cosa16 item 2).
  await expect(coordinator.getByRole('definition').filter({ hasText: 'This circle closed without ever meeting.' })).toBeVisible()
  await expect(coordinator.getByRole('term').filter({ hasText: /^Pattern since$/ })).toHaveCount(0)
  await closedNeverMet(coordinator, officer, 'Recalled to custody before the first meeting.')
}
