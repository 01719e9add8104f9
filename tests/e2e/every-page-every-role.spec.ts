import { readdirSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { uniqueSurname } from './journey-steps'
import { expectAccessible, setUserStatus, signedInAs, switchLanguage } from './support'
import { callers, pageExpectations, type Ids, type Outcome, type PageCaller } from './page-expectations'
import { circleRestrictedFromCoordinator, COSA_EXCLUDED, firstId, LAO_EXCLUDED, limitedAccessPerson, MAPPA_GRANTED, MAPPA_MARKER, mappaMeetingWithRestrictedNominal, nothingRestricted, undoRestrictions } from './every-page-support'

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
const contexts = new Map<PageCaller, APIRequestContext>()
// The records some callers are kept from, and what each may not see (every-page-support.ts: the Limited Access person,
// the MAPPA nominal police are excluded from, the COSA circle restricted from the coordinator).
const restricted = nothingRestricted()
const { forbiddenFor } = restricted
// The circle's and a rota meeting's own pages, reached by one of the restricted circle's ids, are not found for the
// coordinator kept from it, whose lists show a redacted row instead (h17c, ADR 0023).
const COSA_BY_ID = ['/cosa/circles/[id]', '/cosa/rota/[id]']
const REDACTED_CIRCLE = ['Circle of a restricted person', 'Cylch person cyfyngedig']

test.afterAll(async ({ browser }) => {
  await setUserStatus(browser, DISABLED, 'Active')
  await undoRestrictions(browser, restricted)
})

test('find or make a real record for every dynamic segment, and sign every caller in', async ({ browser }) => {
  test.setTimeout(300_000)
  // A person of the demo officer's own, made Limited Access for the second Cardiff senior, with a contact.
  const officer = await signedInAs(browser, 'probation.officer@llwybr.test')
  const n = Date.now()
  ids.surname = uniqueSurname('Zzpage', n)
  await limitedAccessPerson(browser, officer, ids, n, restricted)
  // A MAPPA meeting with restricted text in its draft minutes, and a nominal on it police are excluded from.
  await mappaMeetingWithRestrictedNominal(browser, ids, restricted)

  // Records each role reaches through its own lists.
  const admin = await signedInAs(browser, 'admin@llwybr.test')
  ids.agency = await firstId(admin, '/admin/agencies', /^\/admin\/agencies\/([0-9a-f-]{36})/)
  ids.user = await firstId(admin, '/admin/users', /^\/admin\/users\/([0-9a-f-]{36})/)
  ids.service = await firstId(admin, '/admin/services', /^\/admin\/services\/([0-9a-f-]{36})/)
  ids.adminScheme = await firstId(admin, '/admin/schemes', /^\/admin\/schemes\/([0-9a-f-]{36})/)
  const cosa = await signedInAs(browser, 'cosa.coordinator@llwybr.test')
  ids.scheme = await firstId(cosa, '/schemes', /^\/schemes\/([0-9a-f-]{36})/)
  ids.volunteer = await firstId(cosa, '/cosa', /^\/cosa\/volunteers\/([0-9a-f-]{36})/)
  ids.circle = await firstId(cosa, '/cosa', /^\/cosa\/circles\/([0-9a-f-]{36})/)
  // A circle meeting on the rota, whose core member is then restricted from the coordinator.
  await circleRestrictedFromCoordinator(browser, officer, cosa, ids, n, restricted)
  ids.cohort = await firstId(await signedInAs(browser, 'police@llwybr.test'), '/iom', /^\/iom\/cohorts\/([0-9a-f-]{36})/)
  // The dashboard's drill-down to the people behind a figure, as a senior's dashboard links it (only where a figure is
  // shown): the demo data is dated from today, so a fixed quarter's figure fell under disclosure control as the days
  // passed (2025-Q4 for the Cardiff seniors on 8 Dec 2026). Its table, quarter and measure, without the senior's area.
  ids.outcomesDrill = await firstId(await signedInAs(browser, 'senior.probation@llwybr.test'), '/outcomes', /^\/outcomes\/people\?.*?\b(table=[^&]+&quarter=[^&]+&measure=[^&]+)/)
  ids.partnerReferral = await firstId(await signedInAs(browser, 'partner@llwybr.test'), '/partner', /^\/partner\/referrals\/([0-9a-f-]{36})/)

  for (const caller of callers) {
    if (caller === 'anonymous') contexts.set(caller, (await browser.newContext()).request)
    else if (caller === 'disabled') contexts.set(caller, (await signedInAs(browser, DISABLED.email)).context().request)
    else contexts.set(caller, (await signedInAs(browser, caller)).context().request)
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
  // Forms rendered as `action="javascript:throw…"` send nothing until the page's script has loaded (break 54 F5).
  const scriptOnly = new Set<string>()
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
        if (LAO_EXCLUDED.includes(caller) && seen.some((body) => body.includes(restricted.laoCrn))) leaks.push(`the Limited Access person's CRN in ${url} as ${caller}`)
        if (caller === COSA_EXCLUDED && seen.some((body) => REDACTED_CIRCLE.some((text) => body.includes(text)))) metRedactedCircle = true
        // Nor any record id of theirs (issue 17 walk-through D1), unless the address itself carries it.
        for (const id of (forbiddenFor.get(caller) ?? []).filter((x) => x !== restricted.laoCrn && !url.includes(x))) {
          if (seen.some((body) => body.includes(id))) leaks.push(`a Limited Access record's id or CRN (${id}) in ${url} as ${caller}`)
        }
        if (seen[0]!.includes('action="javascript:')) scriptOnly.add(`${pattern} as ${caller}`)
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
  expect([...scriptOnly]).toEqual([])
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
  const cosa = await signedInAs(browser, COSA_EXCLUDED)
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
