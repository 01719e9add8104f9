import { expect, test, type Browser, type Page } from '@playwright/test'
import JSZip from 'jszip'
import { pdfLines } from '../support/pdf-text'
import { createPerson, excludeFromRecord } from './journey-steps'
import { openForm, signIn } from './support'

// Issue 17, the suite that keeps it true (security.md AC-4, AC-5): unique markers are planted in restricted fields
// through the interface, then every page each demo role reaches by links from home (bounded), its RSC payload, and
// the CSV/ICS/PDF/JSON files it links are scanned: no marker reaches a role without the grant.
test.describe.configure({ mode: 'serial' })

const stamp = Date.now().toString(36).toUpperCase()
// Letters only in the name marker: the create form refuses digits in a name.
const letters = stamp.replace(/\d/g, (d) => 'QRSTUVWXYZ'[Number(d)]!)
// The Limited Access person's identifiers (issue 17 defect 6): a PNC number of this run's own (the full form, as the
// record shows it), and the CRN the app gives them, read from their record once created.
const MARK = {
  laoName: `Zzlao${letters.toLowerCase()}`,
  laoCrn: '',
  laoPnc: `2026/${String(Date.now() % 10_000_000).padStart(7, '0')}Z`,
  intel: `INTELMARK${stamp}`,
  sensitive: `SENSMARK${stamp}`,
}
// Who may see each marker. The Limited Access person is in the demo officer's team; the second Cardiff senior is
// on its exclusion list, and a redacted row carries no name, CRN or PNC (ADR 0023). Police intelligence is
// police-only. A sensitive contact needs contact.readSensitive and scope.
const granted: Record<keyof typeof MARK, string[]> = {
  laoName: ['probation.officer@llwybr.test', 'senior.probation@llwybr.test'],
  laoCrn: ['probation.officer@llwybr.test', 'senior.probation@llwybr.test'],
  laoPnc: ['probation.officer@llwybr.test', 'senior.probation@llwybr.test'],
  intel: ['police@llwybr.test'],
  sensitive: ['probation.officer@llwybr.test', 'senior.probation@llwybr.test', 'senior.cardiff2@llwybr.test', 'mappa.chair@llwybr.test'],
}
const roles = ['probation.officer@llwybr.test', 'senior.probation@llwybr.test', 'senior.cardiff2@llwybr.test', 'police@llwybr.test', 'mappa.chair@llwybr.test', 'cosa.coordinator@llwybr.test', 'cosa.volunteer@llwybr.test', 'partner@llwybr.test', 'manager@llwybr.test', 'admin@llwybr.test', 'data.protection@llwybr.test']
// The crawl must reach these planted markers where they are granted, or a scan that found nothing proves nothing.
const mustReach: Record<string, (keyof typeof MARK)[]> = { 'police@llwybr.test': ['intel'], 'probation.officer@llwybr.test': ['laoCrn', 'laoPnc', 'sensitive'] }
const PAGES_PER_ROLE = Number(process.env.MARKER_SCAN_PAGES ?? 40)

// The pages the markers were planted on, filled in by the first test: every role fetches them directly too, so the
// scan does not depend on the bounded crawl happening upon them (an out-of-scope role gets a 404 without the marker).
const planted: string[] = []

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await signIn(page, email)
  return page
}

test('plant the markers through the interface', async ({ browser }) => {
  test.setTimeout(240_000)
  // A Limited Access person: created by the officer, the second Cardiff senior excluded by a senior.
  const officer = await as(browser, 'probation.officer@llwybr.test')
  // A date of birth of this run's own, so a rerun's person is no likely duplicate of the last one's.
  const n = Date.now()
  await createPerson(officer, 'Gareth', MARK.laoName, `19${70 + (n % 25)}-0${1 + (n % 9)}-1${n % 10}`, MARK.laoPnc)
  const record = new URL(officer.url()).pathname
  // The only CRN on a new record's page is its own.
  MARK.laoCrn = (await officer.locator('main').innerText()).match(/\b[A-Z]\d{6}\b/)![0]
  planted.push(record)
  // The person's subject access bundle (issue 17 item 4): a ZIP no page links to (it needs a request's reference),
  // so every role fetches it directly; only the team's senior may export it, and its every file is scanned.
  planted.push(`${record}/subject-access/bundle?${new URLSearchParams({ reference: `SAR-MARK-${stamp}`, receivedOn: new Date().toISOString().slice(0, 10) })}`)
  await excludeFromRecord(await as(browser, 'senior.probation@llwybr.test'), record, 'Bethan Prosser (senior.cardiff2@llwybr.test)', 'Knows the family')

  // A sensitive contact on a person the officer manages (the first of their caseload).
  await officer.goto('/')
  await officer.goto((await officer.getByRole('table', { name: 'People you manage' }).locator('a[href^="/offenders/"]').first().getAttribute('href'))!)
  const addContact = officer.getByRole('region', { name: 'Add a contact' })
  await openForm(addContact, 'Open the contact form')
  await addContact.getByLabel('Type of contact').selectOption({ label: 'Case note' })
  await addContact.getByLabel('Notes').fill(`Disclosed at the office: ${MARK.sensitive}`)
  await addContact.getByLabel('Sensitive information').check()
  await addContact.getByRole('button', { name: 'Save contact' }).click()
  await expect(officer.getByText('Contact added.')).toBeVisible()
  planted.push(new URL(officer.url()).pathname)

  // Police intelligence on the first member of the IOM list, whom probation staff also see.
  const police = await as(browser, 'police@llwybr.test')
  await police.goto('/iom')
  await police.goto((await police.getByRole('region', { name: 'IOM list' }).locator('a[href$="/iom"]').first().getAttribute('href'))!)
  const intel = police.getByRole('region', { name: 'Police intelligence' })
  await intel.getByLabel('Summary').fill(`Seen with associates: ${MARK.intel}`)
  await intel.getByLabel('Grading').fill('B2P')
  await intel.getByRole('button', { name: 'Record the intelligence' }).click()
  await expect(intel).toContainText(MARK.intel)
  planted.push(new URL(police.url()).pathname, new URL(police.url()).pathname.replace(/\/iom$/, ''))
})

/** What an answer says, as text: a PDF through its fonts (tests/support/pdf-text.ts), a ZIP every file of it, else UTF-8. */
async function textOf(bytes: Buffer, type: string): Promise<string> {
  if (type.includes('application/pdf')) return (await pdfLines(bytes)).join('\n')
  if (!type.includes('application/zip')) return bytes.toString('utf8')
  const files = Object.values((await JSZip.loadAsync(bytes)).files).filter((file) => !file.dir)
  const texts = await Promise.all(files.map(async (file) => (file.name.endsWith('.pdf') ? (await pdfLines(await file.async('uint8array'))).join('\n') : file.async('string'))))
  return texts.join('\n')
}

/** Same-site links of a page's HTML, as paths; never sign-out or the auth API. */
function linksOf(html: string): string[] {
  return [...html.matchAll(/href="([^"#]*)/g)]
    .map((m) => m[1]!.replace(/&amp;/g, '&'))
    .filter((href) => href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/_next') && !href.startsWith('/api/auth') && !/sign-?out/.test(href))
}

for (const email of roles) {
  test(`no marker reaches ${email} without the grant`, async ({ browser }) => {
    test.setTimeout(180_000)
    const page = await as(browser, email)
    const request = page.context().request
    const forbidden = (Object.keys(MARK) as (keyof typeof MARK)[]).filter((k) => !granted[k].includes(email)).map((k) => MARK[k])
    expect(planted.length).toBe(5)
    // The team and LDU caseloads too, every page of them first (a redacted row is at a list's very end): where a role
    // has no such view the home page shows its own list instead.
    const queue = ['/', ...planted, '/?view=team', '/?view=ldu']
    const seen = new Set(queue)
    const leaks: string[] = []
    const reached = new Set<keyof typeof MARK>()
    let fetched = 0
    let bundleRead = false
    while (queue.length && fetched < PAGES_PER_ROLE) {
      const path = queue.shift()!
      fetched++
      const response = await request.get(path, { maxRedirects: 0, failOnStatusCode: false })
      const type = response.headers()['content-type'] ?? ''
      const bytes = await response.body()
      const body = await textOf(bytes, type)
      if (type.includes('application/zip') && body.includes(MARK.laoName)) bundleRead = true
      const rsc = type.includes('text/html') ? (await (await request.get(path, { headers: { RSC: '1' }, maxRedirects: 0, failOnStatusCode: false }).then((r) => r.body())).toString('utf8')) : ''
      for (const marker of forbidden) if (body.includes(marker) || rsc.includes(marker)) leaks.push(`${marker} in ${path}`)
      for (const key of mustReach[email] ?? []) if (body.includes(MARK[key])) reached.add(key)
      if (!type.includes('text/html')) continue
      for (const link of linksOf(body)) {
        if (seen.has(link)) continue
        seen.add(link)
        if (/^\/\?(.*&)?after=/.test(link)) queue.unshift(link)
        else queue.push(link)
      }
    }
    expect(leaks).toEqual([])
    expect(fetched).toBeGreaterThan(1)
    expect([...reached].sort()).toEqual([...(mustReach[email] ?? [])].sort())
    // The senior who may export it read the bundle's files, or scanning it would prove nothing.
    expect(bundleRead).toBe(email === 'senior.probation@llwybr.test')
  })
}
