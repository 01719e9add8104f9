import { readdirSync } from 'node:fs'
import path from 'node:path'
import { addNominalToAgenda } from './mappa-steps'
import { startCircleWithRota } from './cosa-steps'
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test'
import { createPerson, uniqueSurname, excludeFromRecord } from './journey-steps'
import { expectAccessible, openForm, setUserStatus, signIn, switchLanguage } from './support'
import { callers, pageExpectations, type Ids, type Outcome, type PageCaller } from './page-expectations'

// Issue 17, the suite that keeps it true (security.md AC-2, AC-4): every page (`src/app/**/page.tsx`, found on the file
// system) fetched as a raw request by every demo role, with no session and as a user disabled since signing in, with
// real ids for its dynamic segments (a person in the demo officer's caseload who is Limited Access for a second
// senior, and records found in each role's own lists): 0 differences from page-expectations.ts. The next-auth route,
// which needs Next's request scope, is checked here over HTTP too.
test.describe.configure({ mode: 'serial' })

const APP = path.resolve(import.meta.dirname, '../../src/app')
// A seeded officer of another team, disabled after signing in and enabled again at the end.
const DISABLED = { email: 'mathew.hughes.2@llwybr.test', name: 'Mathew Hughes' }

/** Every page's address pattern: its folder under src/app without route groups, e.g. `/offenders/[id]/risk`. */
function pagePatterns(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return pagePatterns(full)
    if (entry.name !== 'page.tsx') return []
    const parts = path.relative(APP, dir).split(path.sep).filter((p) => p && !/^\(.*\)$/.test(p))
    return [`/${parts.join('/')}`]
  })
}

const ids: Partial<Ids> = {}
// Restricted text in a MAPPA meeting's draft minutes: only the meeting's runner (the coordinator, its chair) may see it.
const MAPPA_MARKER = `MAPPAMARK${Date.now().toString(36).toUpperCase()}`
const MAPPA_GRANTED: readonly PageCaller[] = ['mappa.chair@llwybr.test']
const contexts = new Map<PageCaller, APIRequestContext>()
// The Limited Access person's CRN (read from their record), and the callers kept from them: the second Cardiff senior
// is on the exclusion list; no session and a disabled user see no one. A redacted row carries no name or CRN on any
// page or RSC payload (issue 17 defect 6, ADR 0023).
let laoCrn = ''
const LAO_EXCLUDED: readonly PageCaller[] = ['senior.cardiff2@llwybr.test', 'anonymous', 'disabled']
// A redacted row carries no record id of anything of the person's either (issue 17, walk-through D1 of issue 16's break
// test): a second MAPPA nominal on the meeting, with an action owned by DC Sian Morgan (police), whom a senior then
// excludes from them. What police may not see: that nominal's CRN, the agenda item's id and the action's id, read
// through the coordinator's screens before the exclusion; with the Limited Access person's contact id for the
// callers excluded from them. Each is forbidden on every page and RSC payload whose address does not carry it.
const MAPPA_LAO_EXCLUDED: readonly PageCaller[] = ['police@llwybr.test']
const forbiddenFor = new Map<PageCaller, string[]>()
let mappaLao = { crn: '', record: '' }
// COSA lists (issue 17 defect 6 as a kind, h17): the set-up's running circle, whose core member's record a senior then
// restricts to named staff, leaving the demo COSA coordinator off the list. Its circle, meeting and place ids, read
// while the coordinator may see them, are forbidden on every page of theirs; their lists must show the redacted row
// instead, and the circle's and a rota meeting's own pages, reached by one of those ids, are not found (h17c, ADR 0023).
const COSA_EXCLUDED: PageCaller = 'cosa.coordinator@llwybr.test'
const COSA_BY_ID = ['/cosa/circles/[id]', '/cosa/rota/[id]']
const REDACTED_CIRCLE = ['Circle of a restricted person', 'Cylch person cyfyngedig']
let cosaLaoRecord = ''

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await signIn(page, email)
  return page
}

/** The first link on `from` (as `page`) whose path matches `pattern`, as an id (the pattern's one capture), if any. */
async function linkedId(page: Page, from: string, pattern: RegExp): Promise<string | undefined> {
  await page.goto(from)
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  return hrefs.map((h) => h.match(pattern)?.[1]).find(Boolean)
}

async function firstId(page: Page, from: string, pattern: RegExp): Promise<string> {
  const id = await linkedId(page, from, pattern)
  expect(id, `a link like ${pattern} on ${from}`).toBeTruthy()
  return id!
}

test.afterAll(async ({ browser }) => {
  await setUserStatus(browser, DISABLED, 'Active')
  // Police back on the second nominal, as the seed had them, for the specs that follow.
  // The circle's core member back to normal scope, as the seed had none restricted, for the specs that follow.
  if (cosaLaoRecord) {
    const senior = await signedInPage(browser, 'senior.probation@llwybr.test')
    await senior.goto(cosaLaoRecord)
    const lists = senior.getByRole('region', { name: 'Limited access' })
    await openForm(lists, 'Lift the restriction list')
    await lists.getByLabel('Why is the restriction no longer needed?').fill('The page check is over')
    await lists.getByRole('button', { name: 'Lift the restriction', exact: true }).click()
    await expect(lists.getByRole('table', { name: 'Restriction list' })).toHaveCount(0)
  }
  if (mappaLao.record) {
    const senior = await signedInPage(browser, 'senior.probation@llwybr.test')
    await senior.goto(mappaLao.record)
    const remove = senior.getByRole('region', { name: 'Limited access' }).getByRole('button', { name: 'Remove DC Sian Morgan' })
    await remove.click()
    await expect(remove).toHaveCount(0)
  }
})

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
async function restrictCircleFromCoordinator(browser: Browser, cosa: Page, name: string, record: string) {
  await cosa.goto('/cosa')
  const circleIds = await cosa.getByRole('link', { name: new RegExp(name) }).evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').pop()!))
  expect(circleIds.length, `a link to ${name}'s circle on /cosa`).toBeGreaterThan(0)
  await cosa.goto('/cosa/rota')
  const meetingIds = await cosa.getByRole('row').filter({ hasText: name }).locator('a[href^="/cosa/rota/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').pop()!))
  expect(meetingIds.length).toBeGreaterThan(0)
  await cosa.goto(`/cosa/rota/${meetingIds[0]}`)
  const placeIds = await cosa.locator('input[name="assignmentId"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))
  expect(placeIds.length).toBeGreaterThan(0)
  forbiddenFor.set(COSA_EXCLUDED, [...new Set([...circleIds, ...meetingIds, ...placeIds])])
  const senior = await signedInPage(browser, 'senior.probation@llwybr.test')
  await senior.goto(record)
  const lists = senior.getByRole('region', { name: 'Limited access' })
  await openForm(lists, 'Add someone to a list')
  await lists.getByLabel('List', { exact: true }).selectOption('RESTRICTION')
  await lists.getByLabel('Member of staff').selectOption({ label: 'Bethan Prosser (senior.cardiff2@llwybr.test)' })
  await lists.getByLabel('Reason').fill('High-profile case')
  await lists.getByRole('button', { name: 'Add to the list' }).click()
  await expect(lists.getByRole('table', { name: 'Restriction list' })).toContainText('Bethan Prosser')
}

test('find or make a real record for every dynamic segment, and sign every caller in', async ({ browser }) => {
  test.setTimeout(300_000)
  // A person of the demo officer's own, made Limited Access for the second Cardiff senior, with a contact.
  const officer = await signedInPage(browser, 'probation.officer@llwybr.test')
  const n = Date.now()
  ids.surname = uniqueSurname('Zzpage', n)
  await createPerson(officer, 'Pagecheck', ids.surname, `19${70 + (n % 25)}-0${1 + (n % 9)}-2${n % 9}`)
  ids.person = new URL(officer.url()).pathname.split('/')[2]!
  // The only CRN on a new record's page is its own.
  laoCrn = (await officer.locator('main').innerText()).match(/\b[A-Z]\d{6}\b/)![0]
  const addContact = officer.getByRole('region', { name: 'Add a contact' })
  await openForm(addContact, 'Open the contact form')
  await addContact.getByLabel('Type of contact').selectOption({ label: 'Case note' })
  await addContact.getByLabel('Notes').fill('Seen at the office for the page check')
  await addContact.getByRole('button', { name: 'Save contact' }).click()
  await expect(officer.getByText('Contact added.')).toBeVisible()
  ids.contact = await firstId(officer, `/offenders/${ids.person}/timeline`, /^\/offenders\/[^/]+\/contacts\/([0-9a-f-]{36})/)
  for (const caller of LAO_EXCLUDED) forbiddenFor.set(caller, [laoCrn, ids.contact])
  await excludeFromRecord(await signedInPage(browser, 'senior.probation@llwybr.test'), `/offenders/${ids.person}`, 'Bethan Prosser (senior.cardiff2@llwybr.test)', 'Knows the family')

  // A MAPPA meeting held yesterday, chaired by the coordinator, police on its distribution list, and restricted text
  // in the draft minutes (issue 17, the MAPPA marker): until the minutes are approved only those who run the meeting
  // may read it; the police attendee sees the published agenda, never the draft.
  const coordinator = await signedInPage(browser, 'mappa.chair@llwybr.test')
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
  const lao = await nominalTheSeniorMayRestrict(coordinator, await signedInPage(browser, 'senior.probation@llwybr.test'), crn)
  await coordinator.goto(meetingUrl)
  await addNominalToAgenda(coordinator, lao.crn)
  await coordinator.getByRole('link', { name: 'Run the meeting' }).click()
  await coordinator.getByLabel('Person', { exact: true }).selectOption({ label: 'DC Sian Morgan — South Wales Police' })
  await coordinator.getByRole('button', { name: 'Add to the list' }).first().click()
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
  mappaLao = lao
  await excludeFromRecord(await signedInPage(browser, 'senior.probation@llwybr.test'), lao.record, 'DC Sian Morgan (police@llwybr.test)', 'Neighbour of the officer')
  for (const caller of MAPPA_LAO_EXCLUDED) forbiddenFor.set(caller, [lao.crn, ...mappaIds])

  // Records each role reaches through its own lists.
  const admin = await signedInPage(browser, 'admin@llwybr.test')
  ids.agency = await firstId(admin, '/admin/agencies', /^\/admin\/agencies\/([0-9a-f-]{36})/)
  ids.user = await firstId(admin, '/admin/users', /^\/admin\/users\/([0-9a-f-]{36})/)
  ids.service = await firstId(admin, '/admin/services', /^\/admin\/services\/([0-9a-f-]{36})/)
  ids.adminScheme = await firstId(admin, '/admin/schemes', /^\/admin\/schemes\/([0-9a-f-]{36})/)
  const cosa = await signedInPage(browser, 'cosa.coordinator@llwybr.test')
  ids.scheme = await firstId(cosa, '/schemes', /^\/schemes\/([0-9a-f-]{36})/)
  ids.volunteer = await firstId(cosa, '/cosa', /^\/cosa\/volunteers\/([0-9a-f-]{36})/)
  ids.circle = await firstId(cosa, '/cosa', /^\/cosa\/circles\/([0-9a-f-]{36})/)
  // A circle meeting on the rota. Earlier specs close every running circle of the demo provider (the demo circle and
  // their own), so the set-up starts one for a second person of the officer's and generates its rota.
  await createPerson(officer, 'Circlecheck', ids.surname, `19${70 + (n % 25)}-1${n % 3}-1${n % 9}`)
  const circleRecord = new URL(officer.url()).pathname
  await startCircleWithRota(officer, cosa)
  const onRota = /^\/cosa\/rota\/([0-9a-f-]{36})/
  ids.circleMeeting = await firstId(cosa, '/cosa/rota', onRota)
  await restrictCircleFromCoordinator(browser, cosa, `Circlecheck ${ids.surname}`, circleRecord)
  cosaLaoRecord = circleRecord
  ids.cohort = await firstId(await signedInPage(browser, 'police@llwybr.test'), '/iom', /^\/iom\/cohorts\/([0-9a-f-]{36})/)
  // The dashboard's drill-down to the people behind a reoffending figure (linked only where a figure is shown).
  ids.outcomesDrill = 'quarter=2025-Q4&measure=people'
  ids.partnerReferral = await firstId(await signedInPage(browser, 'partner@llwybr.test'), '/partner', /^\/partner\/referrals\/([0-9a-f-]{36})/)

  for (const caller of callers) {
    if (caller === 'anonymous') contexts.set(caller, (await browser.newContext()).request)
    else if (caller === 'disabled') contexts.set(caller, (await signedInPage(browser, DISABLED.email)).context().request)
    else contexts.set(caller, (await signedInPage(browser, caller)).context().request)
  }
  await setUserStatus(browser, DISABLED, 'Disabled')
})

/**
 * What a raw GET of `url` answered: ok, break-glass (the reason form without the person's name), not-found, sign-in,
 * or `redirect <path>` / `status <n>` otherwise.
 */
async function outcomeOf(request: APIRequestContext, url: string, seen: string[]): Promise<string> {
  const response = await request.get(url, { maxRedirects: 0, failOnStatusCode: false })
  // The page and its RSC payload, for the marker scan.
  seen.push(await response.text(), await (await request.get(url, { headers: { RSC: '1' }, maxRedirects: 0, failOnStatusCode: false })).text())
  if (response.status() === 200) {
    const html = await response.text()
    return html.includes('name="target"') && !html.includes(ids.surname!) ? 'break-glass' : 'ok'
  }
  if (response.status() === 404) return 'not-found'
  if (response.status() >= 300 && response.status() < 400) {
    const to = new URL(response.headers()['location'] ?? '', 'http://x').pathname
    return to === '/sign-in' ? 'sign-in' : `redirect ${to}`
  }
  return `status ${response.status()}`
}

test('every page is declared, and answers every role, anonymous and disabled caller as declared', async () => {
  test.setTimeout(600_000)
  const patterns = pagePatterns().sort()
  expect(patterns.length).toBeGreaterThanOrEqual(62)
  expect(patterns.filter((p) => !(p in pageExpectations))).toEqual([])
  expect(Object.keys(pageExpectations).filter((p) => !patterns.includes(p))).toEqual([])
  const differences: string[] = []
  const leaks: string[] = []
  const reached = new Set<PageCaller>()
  let metRedactedCircle = false
  for (const pattern of patterns) {
    for (const c of pageExpectations[pattern]!) {
      const url = c.url(ids as Ids)
      for (const caller of callers) {
        const restrictedById = caller === COSA_EXCLUDED && COSA_BY_ID.includes(pattern) && (forbiddenFor.get(caller) ?? []).some((id) => url.includes(id))
        const want: Outcome = restrictedById ? 'not-found' : c.expect(caller)
        const seen: string[] = []
        const got = await outcomeOf(contexts.get(caller)!, url, seen)
        if (seen.some((body) => body.includes(MAPPA_MARKER))) {
          if (MAPPA_GRANTED.includes(caller)) reached.add(caller)
          else leaks.push(`the draft minutes' marker in ${url} as ${caller}`)
        }
        // (Not the surname: the set-up's second person, in no Limited Access list, shares it.)
        if (LAO_EXCLUDED.includes(caller) && seen.some((body) => body.includes(laoCrn))) leaks.push(`the Limited Access person's CRN in ${url} as ${caller}`)
        if (caller === COSA_EXCLUDED && seen.some((body) => REDACTED_CIRCLE.some((text) => body.includes(text)))) metRedactedCircle = true
        // Nor any record id of theirs (issue 17 walk-through D1), unless the address itself carries it.
        for (const id of (forbiddenFor.get(caller) ?? []).filter((x) => x !== laoCrn && !url.includes(x))) {
          if (seen.some((body) => body.includes(id))) leaks.push(`a Limited Access record's id or CRN (${id}) in ${url} as ${caller}`)
        }
        if (got !== want) differences.push(`${url} (${pattern}${c.label ? `, ${c.label}` : ''}) as ${caller}: ${got}, expected ${want}`)
      }
    }
  }
  // A redacted row sits at a caseload's very end and no caller's own home shows one: every page of the team and LDU
  // caseloads too, for each caller kept from the Limited Access person, or the CRN check never meets a redacted row
  // (a CRN planted back on one went unseen, issue 17). The excluded senior's LDU holds the person.
  let metRedacted = false
  for (const caller of LAO_EXCLUDED) {
    const queue = ['/?view=team', '/?view=ldu']
    const visited = new Set(queue)
    while (queue.length) {
      const url = queue.shift()!
      const seen: string[] = []
      await outcomeOf(contexts.get(caller)!, url, seen)
      if (caller === 'senior.cardiff2@llwybr.test' && seen[0]!.includes('Access restricted')) metRedacted = true
      for (const secret of forbiddenFor.get(caller) ?? []) if (seen.some((body) => body.includes(secret))) leaks.push(`the Limited Access person's CRN or a record id (${secret}) in ${url} as ${caller}`)
      for (const [, next] of seen[0]!.matchAll(/href="(\/\?[^"]*after=[^"]*)"/g)) {
        const link = next!.replace(/&amp;/g, '&')
        if (visited.has(link)) continue
        visited.add(link)
        queue.push(link)
      }
    }
  }
  expect(differences).toEqual([])
  expect(leaks).toEqual([])
  expect(metRedacted).toBe(true)
  expect(forbiddenFor.get('police@llwybr.test')).toHaveLength(3)
  // The excluded coordinator met the circle as a redacted row on their lists, or the id check proved nothing.
  expect(metRedactedCircle).toBe(true)
  expect(forbiddenFor.get(COSA_EXCLUDED)!.length).toBeGreaterThanOrEqual(4)
  // The runner reads the draft (on the run and minutes pages), or finding it nowhere else would prove nothing.
  expect([...reached]).toEqual(MAPPA_GRANTED)
})

// h17 (issue 17 defect 6 as a kind): the coordinator kept from the set-up circle's core member sees it on their
// circle list and rota as a redacted row, in their Welsh and in English, with no link to it, and the page passes axe.
test('the COSA coordinator kept from the core member meets the circle as a redacted row without a link, in Welsh and English', async ({ browser }) => {
  const cosa = await signedInPage(browser, COSA_EXCLUDED)
  const texts = { Cymraeg: 'Cylch person cyfyngedig — gofynnwch i rywun sydd â mynediad', English: 'Circle of a restricted person — ask someone with access' }
  for (const path of ['/cosa', '/cosa/rota']) {
    await cosa.goto(path)
    for (const language of ['Cymraeg', 'English'] as const) {
      if ((await cosa.locator('html').getAttribute('lang')) !== (language === 'Cymraeg' ? 'cy' : 'en')) await switchLanguage(cosa, language)
      const row = cosa.getByRole('row').filter({ hasText: texts[language] }).first()
      await expect(row).toBeVisible()
      await expect(row.getByRole('link')).toHaveCount(0)
      await expectAccessible(cosa)
    }
    const html = await cosa.content()
    for (const id of forbiddenFor.get(COSA_EXCLUDED)!) expect(html).not.toContain(id)
  }
  // Back to the coordinator's own Welsh, as the seed has them, for the specs that follow.
  await switchLanguage(cosa, 'Cymraeg')
})

// Break test of issue 16, D3: a malformed id reached a uuid column and the page answered 500. Every dynamic segment of
// every page in turn (the others real), with each of the break test's ids: not found, or sign-in for no one.
const MALFORMED_IDS = ['not-a-uuid', 'a'.repeat(3000), '%00']

test('every page answers a malformed id in any dynamic segment not found (sign-in for no one), never 500', async () => {
  test.setTimeout(600_000)
  const differences: string[] = []
  for (const pattern of pagePatterns().filter((p) => p.includes('['))) {
    const real = new URL(pageExpectations[pattern]![0]!.url(ids as Ids), 'http://x').pathname.split('/')
    const segments = pattern.split('/').flatMap((part, i) => (part.startsWith('[') ? [i] : []))
    for (const [i, bad] of segments.flatMap((i) => MALFORMED_IDS.map((m) => [i, m] as const))) {
      const url = real.map((part, j) => (j === i ? bad : part)).join('/')
      for (const caller of callers) {
        const want: Outcome = caller === 'anonymous' || caller === 'disabled' ? 'sign-in' : 'not-found'
        const got = await outcomeOf(contexts.get(caller)!, url, [])
        if (got !== want) differences.push(`${pattern} with ${bad.slice(0, 12)} as ${caller}: ${got}, expected ${want}`)
      }
    }
  }
  expect(differences).toEqual([])
})

test('the sign-in API answers every caller, and tells a signed-out or disabled caller nothing about anyone', async () => {
  for (const caller of callers) {
    const request = contexts.get(caller)!
    expect((await request.get('/api/auth/providers')).status()).toBe(200)
    const session = (await (await request.get('/api/auth/session')).json()) as { user?: { email?: string } }
    if (caller === 'anonymous' || caller === 'disabled') expect(JSON.stringify(session)).not.toMatch(/@llwybr\.test/)
  }
})
