import { expect, test, type Page } from '@playwright/test'
import fs from 'node:fs/promises'
import JSZip from 'jszip'
import { expectAccessible, showCaseload, signIn, switchLanguage } from './support'

// Issue 17 "Subject access request": a senior exports everything held on a person, in English and Welsh.
test.describe.configure({ mode: 'serial' })

const REFERENCE = 'SAR/2026/E2E'
let recordPath = ''

/** Downloads the bundle through the page's link and opens the ZIP. */
async function downloadBundle(page: Page, link: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()])
  const zip = await JSZip.loadAsync(await fs.readFile((await download.path())!))
  const names = Object.keys(zip.files)
  expect(names).toContain('bundle.pdf')
  expect(names).toContain('bundle.json')
  expect(names.filter((n) => n.endsWith('.csv')).length).toBeGreaterThan(30)
  expect((await zip.file('bundle.pdf')!.async('string')).startsWith('%PDF')).toBe(true)
  expect(await zip.file('csv/contacts.csv')!.async('string')).toContain('redactionReview')
  return JSON.parse(await zip.file('bundle.json')!.async('string')) as { version: number; request: { reference: string; dueOn: string }; sections: Record<string, unknown[]> }
}

test('a senior exports a subject access bundle from a record (English)', async ({ page }) => {
  await signIn(page, 'senior.probation@llwybr.test')
  await showCaseload(page, "My team's cases")
  await page.getByRole('table', { name: "People in your team's caseload" }).getByRole('row').nth(1).getByRole('link').click()
  await page.waitForURL(/\/offenders\/[0-9a-f-]{36}$/)
  recordPath = new URL(page.url()).pathname
  await page.getByRole('link', { name: 'Subject access export' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Subject access export for')
  await expectAccessible(page)

  await page.getByRole('button', { name: 'Continue' }).click()
  const problem = page.getByRole('alert', { name: 'There is a problem' })
  await expect(problem).toContainText('Enter the request reference')
  await expect(problem).toContainText('Enter the date the request was received')
  await expectAccessible(page)
  // A reference that starts with "/" is told what the rule is (walk 17: it was told only which characters may appear).
  await page.getByLabel('Request reference').fill('/SAR/2026')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('The reference must start with a letter or a number')
  await page.getByLabel('Request reference').fill(REFERENCE)
  await page.getByLabel('Date the request was received').fill('2099-01-01')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('must not be in the future')
  await expect(page.getByRole('link', { name: 'Download the bundle (ZIP)' })).toHaveCount(0)

  await page.getByLabel('Date the request was received').fill('2026-11-02')
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByText('The response is due by 2 December 2026')).toBeVisible()
  await expectAccessible(page)
  const bundle = await downloadBundle(page, 'Download the bundle (ZIP)')
  expect(bundle).toMatchObject({ version: 1, request: { reference: REFERENCE, dueOn: '2026-12-02' } })
  expect(bundle.sections.record).toHaveLength(1)
})

test('the same export in Welsh, and the export shows on "who looked"', async ({ page }) => {
  await signIn(page, 'senior.probation@llwybr.test')
  await page.goto(`${recordPath}/subject-access?reference=${encodeURIComponent(REFERENCE)}&receivedOn=2026-11-02`)
  await switchLanguage(page, 'Cymraeg')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Allforio cais gwrthrych am wybodaeth ar gyfer')
  await expect(page.getByText("Mae’r ymateb yn ddyledus erbyn 2 Rhagfyr 2026")).toBeVisible()
  await expectAccessible(page)
  await downloadBundle(page, "Lawrlwytho’r bwndel (ZIP)")
  await switchLanguage(page, 'English')

  await page.goto(`${recordPath}/audit`)
  const rows = page.getByRole('row').filter({ hasText: 'Subject access request: exported everything held on the person' })
  await expect(rows).toHaveCount(2)
  await expect(rows.first()).toContainText(REFERENCE)
})

test('an officer has no subject access export', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(1).getByRole('link').click()
  await expect(page.getByText(/^CRN [A-Z]\d{6}$/)).toBeVisible()
  await expect(page.getByRole('link', { name: 'Subject access export' })).toHaveCount(0)
  const response = await page.goto(`${new URL(page.url()).pathname}/subject-access`)
  expect(response?.status()).toBe(404)
})

test('a reference given twice in the address is refused alike by the page and the bundle (break 50 F5)', async ({ page }) => {
  await signIn(page, 'senior.probation@llwybr.test')
  const twice = `reference=SAR-A&reference=SAR-B&receivedOn=2026-11-02`
  await page.goto(`${recordPath}/subject-access?${twice}`)
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('This is given more than once in the page address')
  await expect(page.getByRole('link', { name: 'Download the bundle (ZIP)' })).toHaveCount(0)
  const bundle = await page.request.get(`${recordPath}/subject-access/bundle?${twice}`)
  expect(bundle.status()).toBe(400)
  expect(await bundle.text()).toContain('Request reference: This is given more than once in the page address')
})
