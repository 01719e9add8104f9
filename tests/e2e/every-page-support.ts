import { expect, type Browser, type Page } from '@playwright/test'
import { addNominalToAgenda } from './mappa-steps'
import { startCircleWithRota } from './cosa-steps'
import { createPerson, excludeFromRecord } from './journey-steps'
import { liftRestriction, restrictToColleague } from './limited-access-steps'
import { openForm, removeFromAccessList, signedInAs } from './support'
import type { Ids, PageCaller } from './page-expectations'

// The Limited Access set-up of every-page-every-role.spec.ts (issue 17): the records some callers are kept from, what
// each of them may not see on any page, and putting the records back as the seed had them afterwards.

// Restricted text in a MAPPA meeting's draft minutes: only the meeting's runner (the coordinator, its chair) may see it.
export const MAPPA_MARKER = `MAPPAMARK${Date.now().toString(36).toUpperCase()}`
export const MAPPA_GRANTED: readonly PageCaller[] = ['mappa.chair@llwybr.test']
// The Limited Access person's CRN (read from their record), and the callers kept from them: the second Cardiff senior
// is on the exclusion list; no session and a disabled user see no one. A redacted row carries no name or CRN on any
// page or RSC payload (issue 17 defect 6, ADR 0023).
export const LAO_EXCLUDED: readonly PageCaller[] = ['senior.cardiff2@llwybr.test', 'anonymous', 'disabled']
// A redacted row carries no record id of anything of the person's either (issue 17, walk-through D1 of issue 16's break
// test): a second MAPPA nominal on the meeting, with an action owned by DC Sian Morgan (police), whom a senior then
// excludes from them. What police may not see: that nominal's CRN, the agenda item's id and the action's id, read
// through the coordinator's screens before the exclusion; with the Limited Access person's contact id for the
// callers excluded from them. Each is forbidden on every page and RSC payload whose address does not carry it.
export const MAPPA_LAO_EXCLUDED: readonly PageCaller[] = ['police@llwybr.test']
// COSA lists (issue 17 defect 6 as a kind, h17): the set-up's running circle, whose core member's record a senior then
// restricts to named staff, leaving the demo COSA coordinator off the list. Its circle, meeting and place ids, read
// while the coordinator may see them, are forbidden on every page of theirs; their lists must show the redacted row
// instead, and the circle's and a rota meeting's own pages, reached by one of those ids, are not found (h17c, ADR 0023).
export const COSA_EXCLUDED: PageCaller = 'cosa.coordinator@llwybr.test'

/**
 * What the set-up restricted, filled in as it goes (so that afterAll undoes whatever was done before a failure): the
 * Limited Access person's CRN, the MAPPA nominal police were excluded from, the restricted circle's core member's
 * record, and each caller's forbidden CRNs and record ids.
 */
export type TRestricted = { laoCrn: string; mappaLao: { crn: string; record: string }; cosaLaoRecord: string; forbiddenFor: Map<PageCaller, string[]> }
export const nothingRestricted = (): TRestricted => ({ laoCrn: '', mappaLao: { crn: '', record: '' }, cosaLaoRecord: '', forbiddenFor: new Map() })

/** The first link on `from` (as `page`) whose path matches `pattern`, as an id (the pattern's one capture), if any. */
export async function linkedId(page: Page, from: string, pattern: RegExp): Promise<string | undefined> {
  await page.goto(from)
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  return hrefs.map((h) => h.match(pattern)?.[1]).find(Boolean)
}

/** linkedId, which must find one. */
export async function firstId(page: Page, from: string, pattern: RegExp): Promise<string> {
  const id = await linkedId(page, from, pattern)
  expect(id, `a link like ${pattern} on ${from}`).toBeTruthy()
  return id!
}

/**
 * A person of the demo officer's own (`officer`'s page), named Pagecheck `ids.surname`, with a contact, made Limited
 * Access for the second Cardiff senior. Sets ids.person and ids.contact; their CRN and the contact's id are forbidden
 * for LAO_EXCLUDED. `n`: the run's Date.now(), for a unique date of birth.
 */
export async function limitedAccessPerson(browser: Browser, officer: Page, ids: Partial<Ids>, n: number, restricted: TRestricted) {
  await createPerson(officer, 'Pagecheck', ids.surname!, `19${70 + (n % 25)}-0${1 + (n % 9)}-2${n % 9}`)
  ids.person = new URL(officer.url()).pathname.split('/')[2]!
  // The only CRN on a new record's page is its own.
  restricted.laoCrn = (await officer.locator('main').innerText()).match(/\b[A-Z]\d{6}\b/)![0]
  const addContact = officer.getByRole('region', { name: 'Add a contact' })
  await openForm(addContact, 'Open the contact form')
  await addContact.getByLabel('Type of contact').selectOption({ label: 'Case note' })
  await addContact.getByLabel('Notes').fill('Seen at the office for the page check')
  await addContact.getByRole('button', { name: 'Save contact' }).click()
  await expect(officer.getByText('Contact added.')).toBeVisible()
  ids.contact = await firstId(officer, `/offenders/${ids.person}/timeline`, /^\/offenders\/[^/]+\/contacts\/([0-9a-f-]{36})/)
  for (const caller of LAO_EXCLUDED) restricted.forbiddenFor.set(caller, [restricted.laoCrn, ids.contact])
  await excludeFromRecord(await signedInAs(browser, 'senior.probation@llwybr.test'), `/offenders/${ids.person}`, 'Bethan Prosser (senior.cardiff2@llwybr.test)', 'Knows the family')
}

/**
 * A MAPPA meeting held yesterday, chaired by the coordinator, police on its distribution list, and restricted text
 * in the draft minutes (issue 17, the MAPPA marker): until the minutes are approved only those who run the meeting
 * may read it; the police attendee sees the published agenda, never the draft. A second nominal on it, with an action
 * owned by DC Sian Morgan, whom a senior then excludes from that nominal. Sets ids.meeting; the nominal's CRN and
 * record ids are forbidden for MAPPA_LAO_EXCLUDED.
 */
export async function mappaMeetingWithRestrictedNominal(browser: Browser, ids: Partial<Ids>, restricted: TRestricted) {
  const coordinator = await signedInAs(browser, 'mappa.chair@llwybr.test')
  const crn = (await coordinator.getByRole('table', { name: 'Nominals by next review' }).getByRole('row').nth(1).innerText()).match(/[A-Z]\d{6}/)![0]
  await coordinator.goto('/mappa/meetings/new')
  await coordinator.getByLabel('Level', { exact: true }).selectOption('2')
  await coordinator.getByLabel('Date and time').fill(`${new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)}T10:00`)
  await coordinator.getByLabel('Venue').fill('Cardiff Bay Police Station')
  await coordinator.getByLabel('Chair', { exact: true }).selectOption({ label: 'Huw Roberts (MAPPA coordinator / chair)' })
  await coordinator.getByRole('button', { name: 'Schedule a meeting' }).click()
  await expect(coordinator.getByRole('status')).toContainText('Meeting scheduled')
  const meetingUrl = coordinator.url().replace(/\?.*$/, '')
  ids.meeting = new URL(meetingUrl).pathname.split('/')[3]!
  await addNominalToAgenda(coordinator, crn)
  const lao = await nominalTheSeniorMayRestrict(coordinator, await signedInAs(browser, 'senior.probation@llwybr.test'), crn)
  await coordinator.goto(meetingUrl)
  await addNominalToAgenda(coordinator, lao.crn)
  await coordinator.getByRole('link', { name: 'Run the meeting' }).click()
  await coordinator.getByLabel('Person', { exact: true }).selectOption({ label: 'DC Sian Morgan — South Wales Police' })
  await coordinator.getByRole('button', { name: 'Add with their Llwybr account' }).click()
  await expect(coordinator.getByRole('region', { name: 'Attendance and apologies' }).getByRole('table')).toContainText('DC Sian Morgan')
  await coordinator.goto(meetingUrl)
  await coordinator.getByRole('button', { name: 'Publish the agenda' }).click()
  await expect(coordinator.getByText('Agenda published', { exact: true }).first()).toBeVisible()
  await coordinator.goto(`${meetingUrl}/run`)
  await coordinator.getByRole('button', { name: 'The statement has been read to the meeting' }).click()
  await expect(coordinator.getByText(/Read to the meeting at/)).toBeVisible()
  await coordinator.getByRole('navigation', { name: 'Nominals on the agenda' }).getByRole('link').first().click()
  await coordinator.getByLabel('Information shared by each agency').fill(`Police: seen with ${MAPPA_MARKER}`)
  await expect(coordinator.getByText('Draft saved.')).toBeVisible()
  const mappaIds = await actionOnSecondNominal(coordinator, lao.crn)
  restricted.mappaLao = lao
  await excludeFromRecord(await signedInAs(browser, 'senior.probation@llwybr.test'), lao.record, 'DC Sian Morgan (police@llwybr.test)', 'Neighbour of the officer')
  for (const caller of MAPPA_LAO_EXCLUDED) restricted.forbiddenFor.set(caller, [lao.crn, ...mappaIds])
}

/**
 * A circle meeting on the rota whose core member is then restricted from the demo COSA coordinator. Earlier specs
 * close every running circle of the demo provider (the demo circle and their own), so it starts one for a second
 * person of the officer's (Circlecheck `ids.surname`) and generates its rota. Sets ids.circleMeeting; the circle's,
 * its meetings' and its places' ids are forbidden for COSA_EXCLUDED. Input: the officer's and the coordinator's pages.
 */
export async function circleRestrictedFromCoordinator(browser: Browser, officer: Page, cosa: Page, ids: Partial<Ids>, n: number, restricted: TRestricted) {
  await createPerson(officer, 'Circlecheck', ids.surname!, `19${70 + (n % 25)}-1${n % 3}-1${n % 9}`)
  const circleRecord = new URL(officer.url()).pathname
  await startCircleWithRota(officer, cosa)
  const onRota = /^\/cosa\/rota\/([0-9a-f-]{36})/
  ids.circleMeeting = await firstId(cosa, '/cosa/rota', onRota)
  await restrictCircleFromCoordinator(browser, cosa, `Circlecheck ${ids.surname}`, circleRecord, restricted)
  restricted.cosaLaoRecord = circleRecord
}

/** What the set-up restricted, put back as the seed had it, for the specs that follow. */
export async function undoRestrictions(browser: Browser, restricted: TRestricted) {
  // Police back on the second nominal, as the seed had them, for the specs that follow.
  // The circle's core member back to normal scope, as the seed had none restricted, for the specs that follow.
  if (restricted.cosaLaoRecord) await liftRestriction(browser, restricted.cosaLaoRecord, 'The page check is over')
  if (restricted.mappaLao.record) {
    const senior = await signedInAs(browser, 'senior.probation@llwybr.test')
    await senior.goto(restricted.mappaLao.record)
    await removeFromAccessList(senior.getByRole('region', { name: 'Limited access' }), 'DC Sian Morgan', 'The page check is over')
  }
}

/**
 * A MAPPA nominal of the coordinator's register, other than `except`, whose record the demo senior may restrict (in
 * their team or LDU). Input: the coordinator's and the senior's pages. Output: its CRN and record path.
 */
async function nominalTheSeniorMayRestrict(coordinator: Page, senior: Page, except: string): Promise<{ crn: string; record: string }> {
  await coordinator.goto('/')
  const rows = await coordinator.getByRole('table', { name: 'Nominals by next review' }).getByRole('row').allInnerTexts()
  for (const crn of rows.flatMap((r) => r.match(/[A-Z]\d{6}/) ?? []).filter((c) => c !== except)) {
    const record = await linkedId(senior, `/offenders?q=${crn}`, /^(\/offenders\/[0-9a-f-]{36})$/)
    if (!record) continue
    await senior.goto(record)
    if (await senior.getByRole('region', { name: 'Limited access' }).getByText('Add someone to a list').count()) return { crn, record }
  }
  throw new Error('no MAPPA nominal on the register that the demo senior may restrict')
}

/**
 * On the run page, the second nominal gets an action owned by DC Sian Morgan. Output: the agenda item's id (its
 * `?item=` link) and the action's id (the tracker's update form), read while the coordinator may see them.
 */
async function actionOnSecondNominal(coordinator: Page, crn: string): Promise<string[]> {
  const link = coordinator.getByRole('navigation', { name: 'Nominals on the agenda' }).getByRole('link', { name: new RegExp(crn) })
  const itemId = new URLSearchParams((await link.getAttribute('href'))!.replace(/^.*\?/, '')).get('item')!
  await link.click()
  await expect(coordinator.getByRole('heading', { level: 3, name: new RegExp(crn) })).toBeVisible()
  await coordinator.getByLabel('Action', { exact: true }).fill('Visit the address together')
  await coordinator.getByLabel('Owner agency').selectOption({ label: 'South Wales Police' })
  await coordinator.getByLabel('Owner (person)').selectOption({ label: 'DC Sian Morgan — South Wales Police' })
  await coordinator.getByLabel('Due').fill(new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10))
  await coordinator.getByRole('button', { name: 'Add an action' }).click()
  await expect(coordinator.getByText('Action added.')).toBeVisible()
  await coordinator.goto('/mappa/actions')
  const actionId = await coordinator.getByRole('row').filter({ hasText: crn }).filter({ hasText: 'Visit the address together' }).locator('input[name="actionId"]').getAttribute('value')
  expect(itemId).toMatch(/^[0-9a-f-]{36}$/)
  expect(actionId).toMatch(/^[0-9a-f-]{36}$/)
  return [itemId, actionId!]
}

/**
 * The circle of `name` (its core member), as the COSA coordinator sees it before the restriction: its id (the circle
 * list's link), every meeting's id on the rota and the places (assignment ids) on its first meeting; then a senior
 * restricts the core member's record (`record`) to a colleague (the offender manager and the senior stay on it), so
 * the coordinator is not on the list. Each id is forbidden for the coordinator.
 */
async function restrictCircleFromCoordinator(browser: Browser, cosa: Page, name: string, record: string, restricted: TRestricted) {
  await cosa.goto('/cosa')
  const circleIds = await cosa.getByRole('link', { name: new RegExp(name) }).evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').pop()!))
  expect(circleIds.length, `a link to ${name}'s circle on /cosa`).toBeGreaterThan(0)
  await cosa.goto('/cosa/rota')
  const meetingIds = await cosa.getByRole('row').filter({ hasText: name }).locator('a[href^="/cosa/rota/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').pop()!))
  expect(meetingIds.length).toBeGreaterThan(0)
  await cosa.goto(`/cosa/rota/${meetingIds[0]}`)
  const placeIds = await cosa.locator('input[name="assignmentId"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
  expect(placeIds.length).toBeGreaterThan(0)
  restricted.forbiddenFor.set(COSA_EXCLUDED, [...new Set([...circleIds, ...meetingIds, ...placeIds])])
  await restrictToColleague(browser, record)
}
