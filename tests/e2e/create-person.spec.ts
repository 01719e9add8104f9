import { expect, test, type Page } from '@playwright/test'
import { clockNumber, letterTag } from '../support/unique'
import { expectAccessible, signIn, withoutScript } from './support'

/**
 * Creates Mererid, then fills the form for Meredydd of the same surname and date of birth (from the clock, so a rerun on
 * the same database does not meet its own earlier records) and sends it: the likely duplicate is shown. Input: a page
 * on the create form. Output: the surname.
 */
async function meetLikelyDuplicate(page: Page): Promise<string> {
  const n = clockNumber()
  const surname = `Gwyn${letterTag(n, 7)}`
  const dob = `19${50 + (n % 49)}-0${1 + (Math.floor(n / 49) % 9)}-1${Math.floor(n / 441) % 9}`
  for (const first of ['Mererid', 'Meredydd']) {
    if (first === 'Meredydd') await page.goto('/offenders/new')
    await page.getByLabel('First name').fill(first)
    await page.getByLabel('Last name').fill(surname)
    await page.getByLabel('Date of birth').fill(dob)
    await page.getByLabel('Sex').selectOption('FEMALE')
    await page.getByRole('button', { name: 'Create record' }).click()
    if (first === 'Mererid') await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Mererid ${surname}`)
  }
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
