import { expect, test, type Page } from '@playwright/test'
import { clockNumber, letterTag } from '../support/unique'
import { signIn } from './support'

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
  await createPerson(page, 'Tegid', `Keep${letters()}`, '1972-03-04')

  const merge = page.getByRole('region', { name: 'Duplicate records' })
  await merge.locator('summary').click()
  await merge.getByLabel('CRN of the duplicate record').fill(duplicateCrn)
  await merge.getByLabel('Why these are the same person').fill('Same PNC and address; created twice at court')
  await merge.getByRole('button', { name: 'Merge records' }).click()
  await expect(page.getByRole('region', { name: 'Personal details and allocation' })).toContainText(`Tegid ${duplicateSurname}`)
})
