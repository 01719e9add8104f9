import { expect, test } from '@playwright/test'
import { expectAccessible, signIn } from './support'

test.afterEach(async ({ page }, info) => {
  // Leave the officer's default view as the other journeys expect it (only the first test saves one).
  if (!info.title.startsWith('officer filters')) return
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
  const table = page.getByRole('table', { name: 'People in your Local Delivery Unit' })
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

test('a senior opens on their team, with each person\'s offender manager, and sorts by tier (issue 15 item 9)', async ({ page }) => {
  await signIn(page, 'senior.probation@llwybr.test')
  const table = page.getByRole('table', { name: "People in your team's caseload" })
  await expect(table.getByRole('columnheader', { name: 'Offender manager' })).toBeVisible()
  const managers = await table.locator('tbody tr td:nth-child(3)').allInnerTexts()
  expect(managers.length).toBeGreaterThan(0)
  for (const name of managers) expect(name.trim()).not.toBe('')
  const tier = table.getByRole('columnheader', { name: 'Tier' })
  await expect(tier).toHaveAttribute('aria-sort', 'none')
  await tier.getByRole('link').click()
  await expect(table.getByRole('columnheader', { name: 'Tier' })).toHaveAttribute('aria-sort', 'ascending')
  const tiers = await table.locator('tbody tr td:nth-child(4)').allInnerTexts()
  expect(tiers).toEqual([...tiers].sort())
  await table.getByRole('columnheader', { name: 'Tier' }).getByRole('link').click()
  await expect(table.getByRole('columnheader', { name: 'Tier' })).toHaveAttribute('aria-sort', 'descending')
  const down = await table.locator('tbody tr td:nth-child(4)').allInnerTexts()
  expect(down).toEqual([...down].sort().reverse())
  await expectAccessible(page)
})

test('on a 390 px phone the caseload is one table stacked into labelled rows, with no sideways scroll (issue 15 item 9, issue 18 item 1)', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await signIn(page, 'probation.officer@llwybr.test')
  // The rows exist once: the same table as on a wide screen, with its headers for screen readers.
  const table = page.getByRole('table', { name: 'People you manage' })
  await expect(table).toBeVisible()
  const personLinks = page.getByRole('region', { name: 'Your caseload' }).locator('a[href^="/offenders/"]')
  expect(await table.locator('tbody a').count()).toBeGreaterThan(0)
  expect(await personLinks.count()).toBe(await table.locator('tbody a').count())
  await expect(table.getByRole('columnheader', { name: 'Next appointment' })).toHaveCount(1)
  // Each value sits under its column's label, in a block as wide as the screen rather than a column.
  const row = table.locator('tbody tr:not(.restricted)').first()
  const cell = row.locator('td').nth(5)
  const shown = await cell.evaluate((td) => ({ label: getComputedStyle(td, '::before').content, display: getComputedStyle(td.parentElement!).display, width: td.getBoundingClientRect().width }))
  expect(shown).toMatchObject({ label: '"Next appointment"', display: 'block' })
  expect(shown.width).toBeGreaterThan(250)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  await page.getByLabel('Sort by').selectOption('overdue')
  await page.getByLabel('Order').selectOption('desc')
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await expect(page).toHaveURL(/sort=overdue&dir=desc/)
  await expectAccessible(page)
})
