import { expect, type Page } from '@playwright/test'
import { createPerson, uniqueSurname } from './journey-steps'
import { expectAccessible, switchLanguage } from './support'

/** The chairs the demo data offers, as the new-meeting form names them. */
export const CHAIR_HUW = 'Huw Roberts (MAPPA coordinator / chair)'
export const CHAIR_GARETH = 'Gareth Williams (Senior probation officer)'

/**
 * Schedules a MAPPA meeting from the new-meeting form. Input: the coordinator's page; the level, when it starts (London
 * "YYYY-MM-DDTHH:MM"), the venue, the chair's option label, and any agencies invited under the duty to co-operate.
 * Output: the new meeting's address, without its query; fails unless the page says it was scheduled.
 */
export async function scheduleMeeting(coordinator: Page, meeting: { level: 1 | 2 | 3; startsAt: string; venue: string; chair: string; dutyToCooperate?: string[] }): Promise<string> {
  await coordinator.goto('/mappa/meetings/new')
  await coordinator.getByLabel('Level', { exact: true }).selectOption(String(meeting.level))
  await coordinator.getByLabel('Date and time').fill(meeting.startsAt)
  await coordinator.getByLabel('Venue').fill(meeting.venue)
  await coordinator.getByLabel('Chair', { exact: true }).selectOption({ label: meeting.chair })
  for (const agency of meeting.dutyToCooperate ?? []) await coordinator.getByLabel(agency).check()
  await coordinator.getByRole('button', { name: 'Schedule a meeting' }).click()
  await expect(coordinator.getByRole('status')).toContainText('Meeting scheduled')
  return coordinator.url().replace(/\?.*$/, '')
}

/**
 * Puts the person with `crn` on the open meeting's agenda unless they are on it already. A nominal at another level
 * than the meeting's is added only once the chair confirms the warning (issue 16, MAPPA break test item 1). A nominal
 * listed on another open meeting is refused with a link to it (issue 16, left item 2): the step follows the link,
 * defers them there, and comes back to add them (the first time in Welsh too, with axe).
 * Input: the coordinator's page on the meeting, a CRN. Output: none; fails if the nominal does not show on the agenda.
 */
export async function addNominalToAgenda(coordinator: Page, crn: string) {
  const meetingUrl = coordinator.url().replace(/\?.*$/, '')
  // The agenda's own items: the level warning, which names the person too, is a list inside the add form.
  const agenda = coordinator.getByRole('region', { name: 'Agenda' }).locator('ol > li')
  if (await agenda.filter({ hasText: crn }).count()) return
  const add = async () => {
    await coordinator.getByLabel('CRN', { exact: true }).fill(crn)
    await coordinator.getByRole('button', { name: 'Add a nominal to the agenda' }).click()
  }
  const listed = agenda.filter({ hasText: crn })
  const anyway = coordinator.getByRole('checkbox', { name: 'Add this nominal to this agenda anyway' })
  const elsewhere = coordinator.getByRole('link', { name: /^Open the level \d meeting on .*, where this nominal is listed$/ })
  await add()
  // Another open agenda is refused before the level warning, so its tick is never asked for in vain (left item 4).
  await expect(listed.or(anyway).or(elsewhere)).toBeVisible()
  if (await elsewhere.isVisible()) {
    await deferFromOtherAgenda(coordinator, crn, meetingUrl)
    await add()
    await expect(listed.or(anyway)).toBeVisible()
  }
  if (await anyway.isVisible()) {
    await anyway.check()
    await coordinator.getByRole('button', { name: 'Add a nominal to the agenda' }).click()
  }
  await expect(agenda.filter({ hasText: crn })).toBeVisible()
}

/** The refusal names the other meeting in both languages; the coordinator follows its link and defers the nominal there. */
async function deferFromOtherAgenda(coordinator: Page, crn: string, backTo: string) {
  const summary = coordinator.getByRole('alert', { name: 'There is a problem' })
  await expect(summary).toContainText('This nominal is already on the agenda of another meeting that is not yet approved: defer them there first')
  await expectAccessible(coordinator)
  await switchLanguage(coordinator, 'Cymraeg')
  await add(coordinator, crn, 'Ychwanegu enwebai at yr agenda')
  await expect(coordinator.getByText('Mae’r enwebai hwn eisoes ar agenda cyfarfod arall nad yw wedi’i gymeradwyo eto: gohiriwch nhw yno yn gyntaf').first()).toBeVisible()
  await expect(coordinator.getByRole('link', { name: /^Agor cyfarfod lefel \d ar .*, lle mae’r enwebai hwn wedi’i restru$/ })).toBeVisible()
  await switchLanguage(coordinator, 'English')
  await add(coordinator, crn, 'Add a nominal to the agenda')
  await coordinator.getByRole('link', { name: /^Open the level \d meeting on .*, where this nominal is listed$/ }).click()
  const item = coordinator.getByRole('region', { name: 'Agenda' }).getByRole('listitem').filter({ hasText: crn })
  await item.locator('summary').click()
  await item.getByLabel('Reason for deferring').fill('To be reviewed at another meeting')
  await item.getByRole('button', { name: 'Defer to a later meeting' }).click()
  await expect(coordinator.getByRole('region', { name: 'Agenda' }).getByRole('listitem').filter({ hasText: crn })).toContainText('Deferred: To be reviewed at another meeting')
  // A deferred item is not reordered (re-check of issue 16, D10).
  await expect(coordinator.getByRole('region', { name: 'Agenda' }).getByRole('listitem').filter({ hasText: crn }).getByRole('button', { name: /^Move item \d+ (up|down)$/ })).toHaveCount(0)
  await coordinator.goto(backTo)
}

async function add(page: Page, crn: string, button: string) {
  await page.getByLabel(/^CRN$/).fill(crn)
  await page.getByRole('button', { name: button }).click()
}

/**
 * In Welsh, the agencies of the select `selector` are in Welsh alphabetical order (walk 20, D9: they followed the
 * English names). Input: a page showing the select, its CSS selector. Output: none; leaves the page in English.
 */
export async function expectWelshAgencyOrder(page: Page, selector: string) {
  await switchLanguage(page, 'Cymraeg')
  const labels = (await page.locator(`${selector} option`).allInnerTexts()).slice(1)
  expect(labels.length).toBeGreaterThan(2)
  expect(labels).toEqual([...labels].sort(new Intl.Collator('cy', { sensitivity: 'base', numeric: true }).compare))
  await switchLanguage(page, 'English')
}

/**
 * From a person's record, opens their MAPPA page and fills in the referral's case (category 2, level 2, wounding with
 * intent, 6 years' custody from 1 May 2024, released on `releaseDate`), not yet sent. Input: the officer's page, a
 * date (yyyy-mm-dd). Output: the person's CRN and the referral form's section.
 */
export async function startMappaReferral(officer: Page, releaseDate: string) {
  await officer.getByRole('link', { name: 'MAPPA: nominal status and referrals' }).click()
  await expect(officer.getByRole('heading', { level: 1 })).toContainText('MAPPA:')
  const crn = (await officer.getByRole('heading', { level: 1 }).innerText()).match(/[A-Z]\d{6}/)![0]
  const refer = officer.getByRole('heading', { name: 'Refer to MAPPA (MAPPA A)' }).locator('..')
  await refer.getByLabel('Category').selectOption('2')
  await refer.getByLabel('Level sought').selectOption('2')
  await refer.getByLabel('Index offence').fill('Wounding with intent')
  await refer.getByLabel('Sentence', { exact: true }).fill('6 years custody')
  await refer.getByLabel('Date of sentence').fill('2024-05-01')
  await refer.getByLabel('Release date').fill(releaseDate)
  return { crn, refer }
}

/**
 * The officer creates a new person and refers them to MAPPA (startMappaReferral). Input: the officer's page.
 * Output: the person's CRN; the referral waits for the coordinator's decision.
 */
export async function newPersonReferredToMappa(officer: Page): Promise<string> {
  await createPerson(officer, 'Gethin', uniqueSurname('Returned'), '1984-06-21')
  const { crn } = await referToMappa(officer)
  return crn
}

/** From a person's record, the officer refers them to MAPPA (startMappaReferral) and sees it waiting. Output: as startMappaReferral. */
export async function referToMappa(officer: Page) {
  const started = await startMappaReferral(officer, '2026-09-01')
  await started.refer.getByLabel('Reason for referral').fill('Escalating threats to a former partner since release.')
  await started.refer.getByRole('button', { name: 'Send the referral' }).click()
  await expect(officer.getByText('Level 2 referral').first()).toContainText('Waiting for a decision')
  return started
}
