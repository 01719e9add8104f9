import { expect, test } from '@playwright/test'
import { clockNumber, letterTag } from '../support/unique'
import { expectAccessible, signIn } from './support'

test('officer creates a person record; a second, similar one is shown as a likely duplicate first', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.getByRole('link', { name: 'Find a person' }).click()
  await page.getByRole('link', { name: 'Create a person record' }).click()
  await expectAccessible(page)
  // A surname and date of birth from the clock, so a rerun on the same database does not meet its own earlier records.
  const n = clockNumber()
  const surname = `Gwyn${letterTag(n, 7)}`
  const dob = `19${50 + (n % 49)}-0${1 + (Math.floor(n / 49) % 9)}-1${Math.floor(n / 441) % 9}`
  const fill = async (first: string) => {
    await page.getByLabel('First name').fill(first)
    await page.getByLabel('Last name').fill(surname)
    await page.getByLabel('Date of birth').fill(dob)
    await page.getByLabel('Sex').selectOption('FEMALE')
  }
  await fill('Mererid')
  await page.getByRole('button', { name: 'Create record' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Mererid ${surname}`)

  await page.goto('/offenders/new')
  await fill('Meredydd')
  await page.getByRole('button', { name: 'Create record' }).click()
  const warning = page.getByRole('alert').filter({ hasText: 'This person may already have a record' })
  await expect(warning.getByRole('link', { name: `${surname}, Mererid` })).toBeVisible()
  await expectAccessible(page)
  await page.getByLabel('None of these is the same person').check()
  await page.getByRole('button', { name: 'Create record' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Meredydd ${surname}`)
})
