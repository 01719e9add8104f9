import { expect, test, type Browser, type Page } from '@playwright/test'
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
const MARK = {
  laoName: `Zzlao${letters.toLowerCase()}`,
  intel: `INTELMARK${stamp}`,
  sensitive: `SENSMARK${stamp}`,
}
// Who may see each marker. The Limited Access person is in the demo officer's team; the second Cardiff senior is
// on its exclusion list. Police intelligence is police-only. A sensitive contact needs contact.readSensitive and scope.
const granted: Record<keyof typeof MARK, string[]> = {
  laoName: ['probation.officer@llwybr.test', 'senior.probation@llwybr.test'],
  intel: ['police@llwybr.test'],
  sensitive: ['probation.officer@llwybr.test', 'senior.probation@llwybr.test', 'senior.cardiff2@llwybr.test', 'mappa.chair@llwybr.test'],
}
const roles = ['probation.officer@llwybr.test', 'senior.probation@llwybr.test', 'senior.cardiff2@llwybr.test', 'police@llwybr.test', 'mappa.chair@llwybr.test', 'cosa.coordinator@llwybr.test', 'cosa.volunteer@llwybr.test', 'partner@llwybr.test', 'manager@llwybr.test', 'admin@llwybr.test']
// The crawl must reach these planted markers where they are granted, or a scan that found nothing proves nothing.
const mustReach: Record<string, (keyof typeof MARK)[]> = { 'police@llwybr.test': ['intel'], 'probation.officer@llwybr.test': ['sensitive'] }
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
  await createPerson(officer, 'Gareth', MARK.laoName, `19${70 + (n % 25)}-0${1 + (n % 9)}-1${n % 10}`)
  const record = new URL(officer.url()).pathname
  planted.push(record)
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
    expect(planted.length).toBe(4)
    const queue = ['/', ...planted]
    const seen = new Set(queue)
    const leaks: string[] = []
    const reached = new Set<keyof typeof MARK>()
    let fetched = 0
    while (queue.length && fetched < PAGES_PER_ROLE) {
      const path = queue.shift()!
      fetched++
      const response = await request.get(path, { maxRedirects: 0, failOnStatusCode: false })
      const type = response.headers()['content-type'] ?? ''
      const bytes = await response.body()
      // A PDF's text is compressed: read it back through its fonts (tests/support/pdf-text.ts).
      const body = type.includes('application/pdf') ? (await pdfLines(bytes)).join('\n') : bytes.toString('utf8')
      const rsc = type.includes('text/html') ? (await (await request.get(path, { headers: { RSC: '1' }, maxRedirects: 0, failOnStatusCode: false }).then((r) => r.body())).toString('utf8')) : ''
      for (const marker of forbidden) if (body.includes(marker) || rsc.includes(marker)) leaks.push(`${marker} in ${path}`)
      for (const key of mustReach[email] ?? []) if (body.includes(MARK[key])) reached.add(key)
      if (!type.includes('text/html')) continue
      for (const link of linksOf(body)) {
        if (seen.has(link)) continue
        seen.add(link)
        queue.push(link)
      }
    }
    expect(leaks).toEqual([])
    expect(fetched).toBeGreaterThan(1)
    expect([...reached].sort()).toEqual([...(mustReach[email] ?? [])].sort())
  })
}
