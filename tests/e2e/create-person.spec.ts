import { expect, test, type Page } from '@playwright/test'
import { clockNumber, letterTag } from '../support/unique'
import { restrictToColleague } from './limited-access-steps'
import { expectAccessible, signedInAs, signIn, withoutScript } from './support'

/** A surname and date of birth from the clock, so a rerun on the same database does not meet its own earlier records. */
function freshNameAndBirth() {
  const n = clockNumber()
  return { surname: `Gwyn${letterTag(n, 7)}`, dob: `19${50 + (n % 49)}-0${1 + (Math.floor(n / 49) % 9)}-1${Math.floor(n / 441) % 9}` }
}

/** Fills the create form (on the page) for a woman of that name and date of birth and sends it. */
async function sendPerson(page: Page, first: string, surname: string, dob: string) {
  await page.getByLabel('First name').fill(first)
  await page.getByLabel('Last name').fill(surname)
  await page.getByLabel('Date of birth').fill(dob)
  await page.getByLabel('Sex').selectOption('FEMALE')
  await page.getByRole('button', { name: 'Create record' }).click()
}

/**
 * Creates Mererid, then fills the form for Meredydd of the same surname and date of birth and sends it: the likely
 * duplicate is shown. Input: a page on the create form. Output: the surname.
 */
async function meetLikelyDuplicate(page: Page): Promise<string> {
  const { surname, dob } = freshNameAndBirth()
  await sendPerson(page, 'Mererid', surname, dob)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Mererid ${surname}`)
  await page.goto('/offenders/new')
  await sendPerson(page, 'Meredydd', surname, dob)
  await expect(page.getByRole('alert').filter({ hasText: 'This person may already have a record' }).getByRole('link', { name: `${surname}, Mererid` })).toBeVisible()
  return surname
}

/** Says the likely duplicate is someone else, and the record is created. */
async function createAnyway(page: Page, surname: string) {
  await page.getByLabel('None of these is the same person').check()
  await page.getByRole('button', { name: 'Create record' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Meredydd ${surname}`)
}

test('officer creates a person record; a second, similar one is shown as a likely duplicate first', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.getByRole('link', { name: 'Find a person' }).click()
  await page.getByRole('link', { name: 'Create a person record' }).click()
  await expectAccessible(page)
  const surname = await meetLikelyDuplicate(page)
  await expectAccessible(page)
  await createAnyway(page, surname)
})

// Walk 62 F1, break 62 F9: without the script, the likely duplicates came under "This record was changed after you
// opened it… Reload the page", which is not true of a new record and would lose what was typed.
test('without the script, a likely duplicate is asked about, not said to be a record changed meanwhile', async ({ browser }) => {
  const page = await withoutScript(browser, 'probation.officer@llwybr.test')
  await page.goto('/offenders/new')
  const surname = await meetLikelyDuplicate(page)
  await expect(page.getByText('This record was changed after you opened it')).toHaveCount(0)
  await createAnyway(page, surname)
})

// Review 67 B1, review 67b S1 and K2: a likely duplicate the officer may not open is shown without its name or CRN,
// saying whom to ask before making a second record; the words above it and the box below ask the same; and the senior
// reads on that record who was told it exists.
test('an officer kept off a likely duplicate is told whom to ask, and the disclosure is on that record’s audit', async ({ browser }) => {
  const { surname, dob } = freshNameAndBirth()
  const senior = await signedInAs(browser, 'senior.probation@llwybr.test')
  await senior.goto('/offenders/new')
  await sendPerson(senior, 'Mererid', surname, dob)
  await expect(senior.getByRole('heading', { level: 1 })).toHaveText(`Mererid ${surname}`)
  const record = new URL(senior.url()).pathname
  await restrictToColleague(browser, record)

  const officer = await signedInAs(browser, 'probation.officer@llwybr.test')
  await officer.goto('/offenders/new')
  await sendPerson(officer, 'Meredydd', surname, dob)
  const panel = officer.getByRole('alert').filter({ hasText: 'This person may already have a record' })
  await expect(panel).toContainText('A record you cannot open: ask your senior probation officer or the data protection lead whether it is this person')
  await expect(panel).toContainText('for one you cannot open, ask first')
  await expect(panel).not.toContainText('Mererid')
  await expect(panel.getByRole('link')).toHaveCount(0)
  await expect(officer.getByLabel('None of these is the same person, and I have asked about any I cannot open')).not.toBeChecked()
  await expectAccessible(officer)

  await senior.goto(record)
  await senior.getByRole('link', { name: 'Who has looked at this record' }).click()
  await expect(senior.getByRole('main')).toContainText('Was told, creating a new record, that this record exists (without its name or CRN)')
})
