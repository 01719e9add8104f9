import { expect, test, type Page } from '@playwright/test'
import { clockNumber, letterTag } from '../support/unique'
import { expectAccessible, signIn } from './support'

// From the clock, unlike each other and never repeated: see tests/support/unique.ts.
const letters = () => letterTag(clockNumber(), 7)

async function createPerson(page: Page, first: string, last: string, dob: string) {
  await page.goto('/offenders/new')
  await page.getByLabel('First name').fill(first)
  await page.getByLabel('Last name').fill(last)
  await page.getByLabel('Date of birth').fill(dob)
  await page.getByLabel('Sex').selectOption('MALE')
  await page.getByRole('button', { name: 'Create record' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${first} ${last}`)
  return (await page.getByText(/^CRN [A-Z]\d{6}$/).innerText()).replace('CRN ', '')
}

test('a senior merges a duplicate record into the one kept', async ({ page }) => {
  await signIn(page, 'senior.probation@llwybr.test')
  const duplicateSurname = `Dup${letters()}`
  const duplicateCrn = await createPerson(page, 'Tegid', duplicateSurname, '1971-02-03')
  const duplicateUrl = page.url()
  // The first allocation is in the ownership history from the start (issue 15 item 14).
  await expect(page.getByRole('table', { name: 'Ownership history' })).toContainText('Record created')
  const keptCrn = await createPerson(page, 'Tegid', `Keep${letters()}`, '1972-03-04')

  const merge = page.getByRole('region', { name: 'Duplicate records' })
  await merge.locator('summary').click()
  await merge.getByLabel('CRN of the duplicate record').fill(duplicateCrn)
  await merge.getByLabel('Why these are the same person').fill('Same PNC and address; created twice at court')
  await merge.getByRole('button', { name: 'Merge records' }).click()
  await expect(page.getByRole('region', { name: 'Personal details and allocation' })).toContainText(`Tegid ${duplicateSurname}`)

  // The old address and the old CRN say where the record went (issue 15 item 13).
  await page.goto(duplicateUrl)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Record merged')
  await expect(page.getByText(`${duplicateCrn} has been merged into ${keptCrn}.`)).toBeVisible()
  await expectAccessible(page)
  await page.goto(`/offenders?q=${duplicateCrn}`)
  await expect(page.getByText('No matching people found')).toHaveCount(0)
  await page.getByRole('link', { name: `Open ${keptCrn}` }).click()
  await expect(page.getByText(`CRN ${keptCrn}`)).toBeVisible()

  // Someone who cannot see the kept record learns nothing.
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/sign-in/)
  await signIn(page, 'partner@llwybr.test')
  const response = await page.goto(duplicateUrl)
  expect(response?.status()).toBe(404)
})
