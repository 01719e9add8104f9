import { expect, test } from '@playwright/test'
import { expectAccessible, showCaseload, signIn } from './support'

test('senior probation officer: team caseload and who looked at a record', async ({ page }) => {
  await signIn(page, 'senior.probation@llwybr.test')
  await showCaseload(page, "My team's cases")
  const table = page.getByRole('table', { name: "People in your team's caseload" })
  await expect(table).toBeVisible()
  // The senior is on the restriction list of the one restricted person and excluded from none: no redacted rows.
  await expect(table.getByText('Access restricted')).toHaveCount(0)
  await table.getByRole('row').nth(1).getByRole('link').click()
  await page.getByRole('link', { name: 'Who has looked at this record' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Record access')
  await expect(page.getByRole('cell', { name: 'Viewed the record' }).first()).toBeVisible()
  await expectAccessible(page)
})

test('strategic manager sees figures, not names', async ({ page }) => {
  await signIn(page, 'manager@llwybr.test')
  await expect(page.getByRole('heading', { name: 'Caseload figures' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Find a person' })).toHaveCount(0)
  await expectAccessible(page)
  const res = await page.goto('/offenders')
  expect(res?.status()).toBe(404)
})

test('search finds people in scope by name, tolerating a misspelling', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  const first = page.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(1).getByRole('link')
  const name = (await first.innerText()).trim() // "Surname, Forename"
  const [surname] = name.split(',')
  await page.getByRole('link', { name: 'Find a person' }).click()
  await page.getByLabel('Name, CRN or PNC number').fill(surname!.trim())
  await page.getByRole('button', { name: 'Search' }).click()
  await expect(page.getByRole('link', { name })).toBeVisible()
  await expectAccessible(page)
})
