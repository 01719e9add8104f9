import { expect, test } from '@playwright/test'
import { expectAccessible, signIn } from './support'

test.afterEach(async ({ page }) => {
  // Leave the officer's default view as the other journeys expect it.
  await page.goto('/?view=mine&sort=name&dir=asc')
  await page.getByRole('button', { name: 'Save as my default view' }).click()
})

test('officer filters the caseload to overdue items and saves it as the default view', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.getByLabel('Only people with overdue items').check()
  await page.getByRole('button', { name: 'Apply filters' }).click()
  const table = page.getByRole('table', { name: 'People you manage' })
  const rows = table.getByRole('row')
  await expect(rows.nth(1)).toBeVisible()
  const overdueCells = await table.locator('tbody tr td:last-child').allInnerTexts()
  expect(overdueCells.length).toBeGreaterThan(0)
  for (const cell of overdueCells) expect(Number(cell)).toBeGreaterThan(0)
  await expectAccessible(page)

  await page.getByRole('button', { name: 'Save as my default view' }).click()
  await expect(page.getByRole('status')).toHaveText('Saved. This view opens first next time.')
  await page.goto('/')
  await expect(page.getByLabel('Only people with overdue items')).toBeChecked()
})

test('a senior pages through the LDU caseload and back', async ({ page }) => {
  await signIn(page, 'senior.probation@llwybr.test')
  await page.goto('/?view=ldu')
  const table = page.getByRole('table', { name: 'People you manage' })
  const firstCrn = () => table.locator('tbody tr').first().locator('td').nth(1).innerText()
  const pages = page.getByRole('navigation', { name: 'Pages' })
  await expect(pages).toContainText('Page 1 of')
  const onFirstPage = await firstCrn()
  await pages.getByRole('link', { name: 'Next page' }).click()
  await expect(pages).toContainText('Page 2 of')
  expect(await firstCrn()).not.toBe(onFirstPage)
  await pages.getByRole('link', { name: 'Previous page' }).click()
  await expect(pages).toContainText('Page 1 of')
  expect(await firstCrn()).toBe(onFirstPage)
  await expect(pages.getByRole('link', { name: 'Previous page' })).toHaveCount(0)
})
