import { expect, type Page } from '@playwright/test'
import { pdfLines } from '../support/pdf-text'
import { expectAccessible, switchLanguage } from './support'

// The held meeting's steps of the MAPPA journey (mappa-meeting.spec.ts): closing it, approving its minutes, and what
// the approved minutes show on the page and in the PDF.
const alert = (page: Page) => page.getByRole('alert', { name: 'There is a problem' })

/**
 * The chair records that the statement was read on a meeting whose agenda was never published: the form asks first,
 * in English and Welsh (axe), and once ticked publishes the agenda with the statement (walk 20, D7).
 * Input: the chair's page on the run page. Output: none.
 */
export async function readStatementPublishingAgenda(chair: Page) {
  const question = (name: string) => chair.getByRole('status', { name })
  await switchLanguage(chair, 'Cymraeg')
  await chair.getByRole('button', { name: 'Mae’r datganiad wedi’i ddarllen i’r cyfarfod' }).click()
  await expect(question('Ni chyhoeddwyd yr agenda: ei chyhoeddi nawr a dechrau?')).toBeVisible()
  await expect(chair.getByLabel('Ie, cyhoeddi’r agenda a chofnodi’r datganiad')).toBeVisible()
  await expectAccessible(chair)
  // The question on screen is asked again in the new language (walk 20, D2), without pressing the button again.
  await switchLanguage(chair, 'English')
  await expect(question('The agenda was not published: publish it now and start?')).toBeVisible()
  await expect(alert(chair)).toHaveCount(0)
  await expect(chair.getByText(/Read to the meeting at/)).toHaveCount(0)
  await chair.getByLabel('Yes, publish the agenda and record the statement').check()
  await chair.getByRole('button', { name: 'The statement has been read to the meeting' }).click()
  await expect(chair.getByText(/Read to the meeting at/)).toBeVisible()
  // Reading it puts the chair on the attendance list, and the page says so (walk 37 O6).
  await expect(chair.getByRole('status').filter({ hasText: 'The chair is now on the attendance list as present.' })).toBeVisible()
}

/**
 * The chair records the close (an end time before a nominal's discussion is refused first); the meeting page, the
 * minutes page and the draft PDF then name it held, in English and Welsh, and the coordinator's agenda is fixed
 * (issue 16, left item 1; re-walk D3, D5). Input: the chair's page on the run page, the coordinator's page, the
 * meeting's URL. Output: none.
 */
export async function closeHeldMeeting(chair: Page, coordinator: Page, meetingUrl: string) {
  await chair.getByRole('button', { name: 'Approve the minutes' }).click()
  await expect(chair.getByRole('alert').filter({ hasText: 'Record who took the minutes and when the meeting ended' })).toBeVisible()
  await chair.getByLabel('Minute-taker').fill('Elin Hughes')
  // The end is after every nominal's discussion, whenever the minutes were typed (issue 16, left item 1); an end equal
  // to the first nominal's 14:20 is not after it, and the message says so (walk 20, D14).
  await chair.getByLabel('Meeting ended at').fill('14:20')
  await chair.getByRole('button', { name: 'Record the close of the meeting' }).click()
  await expect(alert(chair).getByRole('link', { name: /The end time must be after every nominal’s “Discussed from” time/ })).toBeVisible()
  await expect(chair.getByText('Close of the meeting recorded.')).toHaveCount(0)
  await chair.getByLabel('Meeting ended at').fill('16:05')
  await chair.getByRole('button', { name: 'Record the close of the meeting' }).click()
  await expect(chair.getByText('Close of the meeting recorded.')).toBeVisible()
  // Walk-through D3 of issue 16: heldPage and not yet approved is named so on the meeting page and in the draft PDF.
  const heldPage = await chair.context().newPage()
  await heldPage.goto(meetingUrl)
  await expect(heldPage.getByRole('definition').filter({ hasText: /^Held — minutes in draft$/ })).toBeVisible()
  const draftPdf = async () => (await pdfLines(await (await chair.request.get(`${meetingUrl}/minutes/pdf`)).body())).join(' ')
  expect(await draftPdf()).toContain('Held — minutes in draft')
  // The minutes page has the PDF's stage row (re-walk of issue 16, D5).
  await heldPage.goto(`${meetingUrl}/minutes`)
  await expect(heldPage.getByRole('definition').filter({ hasText: /^Held — minutes in draft$/ })).toBeVisible()
  await switchLanguage(heldPage, 'Cymraeg')
  await expect(heldPage.getByRole('definition').filter({ hasText: /^Wedi’i gynnal — cofnodion yn ddrafft$/ })).toBeVisible()
  await heldPage.goto(meetingUrl)
  await expect(heldPage.getByRole('definition').filter({ hasText: /^Wedi’i gynnal — cofnodion yn ddrafft$/ })).toBeVisible()
  await expectAccessible(heldPage)
  expect(await draftPdf()).toContain('Wedi’i gynnal — cofnodion yn ddrafft')
  await switchLanguage(heldPage, 'English')
  await heldPage.close()
  // Held, the agenda is fixed: no adding, refreshing or moving, and the page says why (re-walk of issue 16, D3).
  await coordinator.goto(meetingUrl)
  await expect(coordinator.getByText(/This meeting has been held .*, so its agenda is fixed/)).toBeVisible()
  for (const control of ['Add a nominal to the agenda', 'Add reviews now due', 'Publish the agenda']) await expect(coordinator.getByRole('button', { name: control })).toHaveCount(0)
  await expect(coordinator.getByRole('button', { name: /^Move item/ })).toHaveCount(0)
  await expectAccessible(coordinator)
  await switchLanguage(coordinator, 'Cymraeg')
  await expect(coordinator.getByText(/Mae’r cyfarfod hwn wedi’i gynnal .*, felly mae ei agenda’n sefydlog/)).toBeVisible()
  await switchLanguage(coordinator, 'English')

}

/**
 * The chair marks a second person present and approves the minutes, answering the confirmation; a second laptop's
 * stale form is refused, and every screen of the meeting is then read-only (issue 16 item 1; re-walk D4, D6).
 * Input: the chair's page on the run page, the meeting's URL. Output: none.
 */
export async function approveMinutesAsChair(chair: Page, meetingUrl: string) {
  // Minutes need the chair and one other present (re-walk of issue 16, D4): reading the statement listed the chair.
  const attendance = chair.getByRole('region', { name: 'Attendance and apologies' }).getByRole('table')
  const statusOf = (name: RegExp) => attendance.getByRole('row', { name }).getByRole('cell').nth(1)
  await expect(statusOf(/^Gareth Williams/)).toHaveText('Present')
  await chair.getByRole('button', { name: 'Approve the minutes' }).click()
  await expect(alert(chair)).toContainText('at least one person besides the chair is marked present')
  await expect(chair.getByRole('link', { name: 'Go to the attendance list' })).toHaveAttribute('href', /\/run#attendance-heading$/)
  await chair.getByLabel('Attendance of Jade Lewis').selectOption('PRESENT')
  await chair.getByRole('row', { name: /^Jade Lewis/ }).getByRole('button', { name: 'Update' }).click()
  await expect(statusOf(/^Jade Lewis/)).toHaveText('Present')

  // A second laptop still shows the first nominal's form when the minutes are approved on the first.
  const laptop = await chair.context().newPage()
  await laptop.goto(`${meetingUrl}/run`)
  // Approving is final: the first press asks "are you sure", saying what it means (MAPPA break test item 2).
  await chair.getByRole('button', { name: 'Approve the minutes' }).click()
  // A question, not an error: no red summary until it is sent again without the tick (re-walk of issue 16, D6).
  const question = chair.getByRole('status', { name: 'Are you sure you want to approve the minutes?' })
  await expect(question.getByRole('listitem').filter({ hasText: 'Approved minutes are final and cannot be reopened.' })).toBeVisible()
  await expect(alert(chair)).toHaveCount(0)
  await expectAccessible(chair)
  await chair.getByRole('button', { name: 'Approve the minutes' }).click()
  await expect(alert(chair).getByRole('link', { name: 'Tick the box to confirm that you want to approve the minutes' })).toHaveAttribute('href', '#approve-confirm')
  await chair.getByLabel('Yes, approve these minutes').check()
  await chair.getByRole('button', { name: 'Approve the minutes' }).click()
  // The approval form goes with the rest: the screen now says the minutes are approved and the meeting closed.
  await expect(chair.getByText(/The minutes were approved on .*The meeting is closed and nothing in it can be changed/)).toBeVisible()
  await laptop.getByRole('button', { name: 'Record this nominal' }).click()
  await expect(laptop.getByRole('alert').filter({ hasText: 'can no longer be changed' })).toBeVisible()
  await expect(laptop.getByText('Recorded for the minutes.')).toHaveCount(0)

  // After approval every screen of the meeting is read-only (issue 16 item 1).
  await laptop.goto(`${meetingUrl}/run`)
  await expect(laptop.getByText(/The meeting is closed and nothing in it can be changed/)).toBeVisible()
  await expect(laptop.getByRole('main').locator('form')).toHaveCount(0)
  await expect(laptop.getByRole('main')).toContainText('Her new partner')
  await expect(laptop.getByRole('main')).toContainText('Elin Hughes')
  // The record sits under its own heading, the actions agreed are a table named so in it (walk 37 O8c), an h4 under the nominal's h3 (walk 41 O1).
  await expect(laptop.getByRole('heading', { name: 'What the meeting recorded', level: 4 })).toBeVisible()
  await expect(laptop.getByRole('heading', { name: 'Actions agreed' })).toHaveCount(0)
  await expect(laptop.getByRole('table', { name: 'Actions agreed' })).toBeVisible()
  await expectAccessible(laptop)
  await switchLanguage(laptop, 'Cymraeg')
  await expect(laptop.getByText(/Mae’r cyfarfod wedi cau/)).toBeVisible()
  await expect(laptop.getByRole('main').locator('form')).toHaveCount(0)
  await expectAccessible(laptop)
  await switchLanguage(laptop, 'English')
  await laptop.goto(meetingUrl)
  await expect(laptop.getByRole('main').locator('form')).toHaveCount(0)
  // The closed agenda is a record: each nominal at the level heard, without a review date the meeting moved on (walk 67 F5).
  await expect(laptop.getByRole('main')).not.toContainText('review due')
  await laptop.close()

}

/**
 * The approved minutes carry what MAPPA guidance expects (issue 16 item 3) on the page and in the PDF, in both
 * languages: the disclosure decision, the distribution list, "Discussed from" for each of `count` nominals, the
 * summary of actions with `actionText`, and the minute-taker. Input: the chair's page, the meeting's URL. Output: none.
 */
export async function checkApprovedMinutes(chair: Page, meetingUrl: string, actionText: string, count: number) {
  await chair.goto(`${meetingUrl}/minutes`)
  await expect(chair.getByText(/Approved by the chair, Gareth Williams/)).toBeVisible()
  await expect(chair.getByText('Police: stable address; no new intelligence.')).toBeVisible()
  // What MAPPA guidance expects in the minutes (issue 16 item 3), on the page and in the PDF, in both languages.
  await expect(chair.getByText('Disclosure considered: yes. Decided to disclose. To: Her new partner. By: DS Rhys Evans, South Wales Police. Why: She has two children under ten.')).toBeVisible()
  await expect(chair.getByText('Disclosure considered: yes. Decided not to disclose. Why: No third party at risk now the relationship has ended.')).toBeVisible()
  await expect(chair.getByRole('region', { name: 'Distribution list' })).toContainText('Gareth Williams — National Probation Service Wales (chair)')
  await expect(chair.getByRole('region', { name: 'Distribution list' })).toContainText('Alex Smith — Dyfodol Drug and Alcohol Service (added by name: the MAPPA coordinator sends them a copy)')
  await expect(chair.getByText('Discussed from')).toHaveCount(count)
  await expect(chair.getByRole('region', { name: 'Summary of actions' }).getByRole('table')).toContainText(actionText)
  await expect(chair.getByText('Elin Hughes')).toBeVisible()
  await expectAccessible(chair)
  const pdfText = async () => {
    const pdf = await chair.request.get(`${meetingUrl}/minutes/pdf`)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    return (await pdfLines(await pdf.body())).join(' ')
  }
  const english = await pdfText()
  // The level 2 nominal heard at this level 3 meeting is marked (walk 20, D8), here and in Welsh below.
  const inEnglish = ['Disclosure considered: yes. Decided to disclose. To: Her new partner.', 'Decided not to disclose. Why: No third party at risk now the relationship has ended.', 'She has two children under ten.', 'Summary of actions', 'Elin Hughes', 'Alex Smith — Dyfodol Drug and Alcohol Service (added by name: the MAPPA coordinator sends them a copy)', 'Discussed from', 'Managed at level 2, heard at this level 3 meeting']
  expect(inEnglish.filter((text) => !english.includes(text))).toEqual([])
  await expect(chair.getByText('Managed at level 2, heard at this level 3 meeting')).toHaveCount(1)
  await switchLanguage(chair, 'Cymraeg')
  await expect(chair.getByRole('heading', { level: 1 })).toContainText('Cofnodion cyfarfod MAPPA lefel 3')
  await expect(chair.getByText(/A ystyriwyd datgelu: do\. Penderfynwyd datgelu\. I: Her new partner\./)).toBeVisible()
  await expect(chair.getByText(/A ystyriwyd datgelu: do\. Penderfynwyd peidio â datgelu\. Pam: No third party at risk/)).toBeVisible()
  await expectAccessible(chair)
  const welsh = await pdfText()
  const inWelsh = ['A ystyriwyd datgelu: do. Penderfynwyd datgelu. I: Her new partner.', 'Rhestr ddosbarthu', '(ychwanegwyd wrth ei enw: bydd cydlynydd MAPPA yn anfon copi atynt)', 'Trafodwyd o', 'Yn cael ei reoli ar lefel 2, wedi’i glywed yn y cyfarfod lefel 3 hwn']
  expect(inWelsh.filter((text) => !welsh.includes(text))).toEqual([])
  await expect(chair.getByText('Yn cael ei reoli ar lefel 2, wedi’i glywed yn y cyfarfod lefel 3 hwn')).toHaveCount(1)
  await expect(chair.getByRole('region', { name: 'Rhestr ddosbarthu' })).toContainText('Alex Smith')
  await switchLanguage(chair, 'English')

}

/**
 * The action's owner opens the approved minutes from their home's "Your MAPPA actions" row, in English and Welsh:
 * the row links them (walk 25, D2: an owner who did not attend had no way there but typing the address).
 * Input: the owner's page, the action's text. Output: none; the page is left on the minutes, in English.
 */
export async function readMinutesFromHome(owner: Page, actionText: string) {
  await owner.goto('/')
  const mine = owner.getByRole('region', { name: 'Your MAPPA actions' })
  await switchLanguage(owner, 'Cymraeg')
  await expect(owner.getByRole('link', { name: /^Cofnodion y cyfarfod ar / })).toHaveCount(1)
  await switchLanguage(owner, 'English')
  await expectAccessible(owner)
  await mine.getByRole('link', { name: /^Minutes of the meeting on / }).click()
  await expect(owner).toHaveURL(/\/mappa\/meetings\/[0-9a-f-]+\/minutes$/)
  await expect(owner.getByText(actionText).first()).toBeVisible()
}

/**
 * The action's owner closes it from home while a tab opened earlier still shows it: that tab's save is refused as
 * stale, says to reload and links to the page, and the reload shows the action gone (walk 20, D10). English only: the
 * language is the session's, so a Welsh tab would turn the owner's own tab Welsh (the Welsh text is unit-tested).
 * Input: the owner's page. Output: none.
 */
export async function closeOwnActionWithStaleTab(owner: Page) {
  const stale = await owner.context().newPage()
  await stale.goto('/')
  await owner.goto('/')
  const mine = owner.getByRole('region', { name: 'Your MAPPA actions' })
  await mine.getByLabel('Status').selectOption('CANCELLED')
  await mine.getByRole('button', { name: 'Save' }).click()
  await expect(alert(owner)).toContainText('Say why the action is cancelled')
  await mine.getByLabel('Status').selectOption('COMPLETE')
  await mine.getByLabel('Note').fill('Attending weekly since the meeting.')
  await mine.getByRole('button', { name: 'Save' }).click()
  await expect(owner.getByRole('region', { name: 'Your MAPPA actions' })).toHaveCount(0)

  const theirs = stale.getByRole('region', { name: 'Your MAPPA actions' })
  await theirs.getByLabel('Status').selectOption('IN_PROGRESS')
  await theirs.getByRole('button', { name: 'Save' }).click()
  const refusal = stale.getByRole('alert', { name: 'There is a problem' })
  await expect(refusal).toContainText('This record was changed after you opened it, on another screen or tab, or by someone else. Reload the page to see the latest version, then make your change again.')
  await expectAccessible(stale)
  await refusal.getByRole('link', { name: 'Reload the page' }).click()
  await expect(stale.getByRole('region', { name: 'Your MAPPA actions' })).toHaveCount(0)
  await stale.close()
}
