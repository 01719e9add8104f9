import { expect, test, type Page } from '@playwright/test'
import { expectAccessible, signIn, switchLanguage, openForm } from './support'

// Relies on the demo seed (prisma/seed/enforcement.ts): Geraint Wynne (W199990) on the demo officer's caseload, with
// an absence 14 months ago, an acceptable absence, and two recent appointments waiting for their outcome.
const PERSON = 'Wynne, Geraint'

async function openPerson(page: Page) {
  await page.getByRole('link', { name: 'Find a person' }).click()
  await page.getByLabel('Name, CRN or PNC number').fill('W199990')
  await page.getByRole('button', { name: 'Search' }).click()
  await page.getByRole('link', { name: PERSON }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geraint Wynne')
}

async function failToAttend(page: Page) {
  const awaiting = page.getByRole('heading', { name: 'Outcome to record' }).locator('xpath=following-sibling::ul[1]/li').first()
  await openForm(awaiting, 'Record an outcome')
  await awaiting.getByLabel('Outcome').selectOption('FAILED_TO_ATTEND')
  await awaiting.getByRole('button', { name: 'Record outcome' }).click()
  await expect(page.getByRole('region', { name: 'Enforcement' }).getByRole('listitem').filter({ hasText: 'decision needed' })).toHaveCount(1)
}

test('enforcement cannot be bypassed: no enforcement outcome on a contact; a warning, then a second failure prompts breach, countersigned', async ({ page }) => {
  test.setTimeout(120_000)
  await signIn(page, 'probation.officer@llwybr.test')
  await openPerson(page)
  await expect(page.getByText('No unacceptable absences in the last 12 months')).toBeVisible()

  // The free contact form offers neither appointments nor any outcome with enforcement meaning (issue 13).
  const addContact = page.getByRole('region', { name: 'Add a contact' })
  // The form is the last part of the page to stream in: wait for it before reading its options (allInnerTexts does not wait).
  await openForm(addContact, 'Open the contact form')
  await expect(addContact.getByLabel('Type of contact')).toBeVisible()
  const types = await addContact.getByLabel('Type of contact').locator('option').allInnerTexts()
  expect(types).not.toContain('Appointment')
  expect(types).toContain('Home visit')
  await expect(addContact.getByLabel('Outcome').locator('option')).toHaveText(['No outcome', 'Attended – complied'])
  await expectAccessible(page)

  // First failure to attend: a warning, with no breach prompt.
  await failToAttend(page)
  const enforcement = page.getByRole('region', { name: 'Enforcement' })
  const first = enforcement.getByRole('listitem').filter({ hasText: 'decision needed' })
  await expect(first).not.toContainText('breach is the expected course')
  await first.getByLabel('Enforcement action').selectOption('WARNING')
  await first.getByLabel('Reasons').fill('First unacceptable absence; warning letter sent.')
  await first.getByRole('button', { name: 'Record decision' }).click()
  const warning = enforcement.getByRole('listitem').filter({ hasText: 'Enforcement: warning' })
  await expect(warning).toContainText('issued')
  // The warning letter, bilingual, from the administrators' template (the download is audited as a disclosure).
  const letter = page.waitForEvent('download')
  await warning.getByRole('link', { name: 'Download the letter (PDF, Welsh and English)' }).click()
  expect((await letter).suggestedFilename()).toBe('warning-letter-W199990.pdf')

  // Second failure within 12 months of the warning: breach is presented as the expected course.
  await failToAttend(page)
  const second = enforcement.getByRole('listitem').filter({ hasText: 'decision needed' })
  await expect(second).toContainText('Second unacceptable absence within 12 months of the warning given on')
  await expect(second.getByLabel('Enforcement action')).toHaveValue('BREACH')
  await expectAccessible(page)
  // Not breaching needs a reason.
  await second.getByLabel('Enforcement action').selectOption('WARNING')
  await second.getByLabel('Reasons').fill('Another warning.')
  await second.getByRole('button', { name: 'Record decision' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Give the reason for not starting breach action')
  await expect(second.getByLabel('Why are you not starting breach action?')).toBeVisible()
  await second.getByLabel('Enforcement action').selectOption('BREACH')
  await second.getByLabel('Reasons').fill('Second unacceptable absence within 12 months of a warning.')
  await second.getByRole('button', { name: 'Record decision' }).click()
  await expect(enforcement.getByText("waiting for a senior's countersignature")).toBeVisible()
  await expect(page.getByText('2 unacceptable absences in the last 12 months')).toBeVisible()

  await switchLanguage(page, 'Cymraeg')
  await expect(page.getByText('2 absenoldeb annerbyniol yn ystod y 12 mis diwethaf')).toBeVisible()
  await expectAccessible(page)
  await switchLanguage(page, 'English')

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/sign-in/)
  await signIn(page, 'senior.probation@llwybr.test')
  await page.getByRole('table', { name: 'Awaiting your countersignature' }).getByRole('link', { name: PERSON }).click()
  const request = page.getByRole('region', { name: 'Enforcement' }).getByRole('listitem').filter({ hasText: "waiting for a senior's countersignature" })
  await request.getByLabel('Your decision').selectOption('APPROVE')
  await request.getByRole('button', { name: 'Record countersignature' }).click()
  await expect(page.getByRole('region', { name: 'Enforcement' }).getByRole('listitem').filter({ hasText: 'Enforcement: breach' })).toContainText('issued')
  await expect(page.getByRole('region', { name: 'Enforcement' }).getByRole('listitem').filter({ hasText: 'Enforcement: breach' })).toContainText('Breach was the expected course')
  await expect(page.getByRole('region', { name: 'Recent contacts' }).getByText('Enforcement: breach').first()).toBeVisible()
  const paperwork = page.waitForEvent('download')
  await page.getByRole('region', { name: 'Enforcement' }).getByRole('listitem').filter({ hasText: 'Enforcement: breach' }).getByRole('link', { name: 'Download the letter (PDF, Welsh and English)' }).click()
  expect((await paperwork).suggestedFilename()).toBe('breach-letter-W199990.pdf')
  await expectAccessible(page)
})

test('an administrator keeps the wording of the enforcement letters in English and Welsh', async ({ page }) => {
  await signIn(page, 'admin@llwybr.test')
  await page.getByRole('link', { name: 'Letters' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Enforcement letters')
  const warning = page.getByRole('region', { name: 'Warning letter' })
  await expect(warning.getByLabel('Letter (Welsh)')).toHaveValue(/Annwyl \{name\}/)
  await warning.getByLabel('Letter (Welsh)').fill('Annwyl {enw}')
  await warning.getByRole('button', { name: 'Save the letter' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Use only the placeholders listed')
  await expectAccessible(page)
})
