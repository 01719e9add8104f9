import { expect, test, type Page } from '@playwright/test'
import { expectAccessible, signIn, switchLanguage, openForm } from './support'

// A day next February: clear of the seeded appointments (the next three weeks) and of bank holidays.
const year = new Date().getUTCFullYear() + 1
const day = `${year}-02-16`

async function person(page: Page, row: number) {
  await page.goto('/')
  const cells = page.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(row).getByRole('cell')
  const name = (await cells.nth(0).innerText()).trim()
  const crn = (await cells.nth(1).innerText()).trim()
  await cells.nth(0).getByRole('link').click()
  await expect(page.getByRole('heading', { name: 'Arrange an appointment' })).toBeVisible()
  return { name, crn }
}

async function fillArrange(page: Page, time: string, purpose: string) {
  await openForm(page, 'Open the appointment form')
  await page.locator('#arrange-occurredAt').fill(`${day}T${time}`)
  await page.locator('#arrange-appointmentType').selectOption('OFFICE')
  await page.locator('#arrange-durationMinutes').fill('60')
  await page.locator('#arrange-location').fill('Cardiff probation office')
  await page.getByLabel('Purpose of the appointment').fill(purpose)
  await page.getByRole('button', { name: 'Arrange an appointment' }).click()
}

// The senior's test reads the officer's diary the first test filled.
test.describe.configure({ mode: 'serial' })
const booked: string[] = []

test('officer arranges two overlapping appointments, confirms the clash, and finds both in the diary', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  const first = await person(page, 1)
  await fillArrange(page, '10:00', 'Supervision: first')
  await expect(page.getByText('Appointment booked.')).toBeVisible()

  const second = await person(page, 2)
  await fillArrange(page, '10:30', 'Supervision: second')
  // A question, not an error (re-walk of issue 16, D6); sent again without the tick, it is one.
  await expect(page.getByRole('status', { name: 'This clashes with other plans' }).getByLabel('Arrange anyway')).toBeVisible()
  const summary = page.getByRole('alert', { name: 'There is a problem' })
  await expect(summary).toHaveCount(0)
  await page.getByRole('button', { name: 'Arrange an appointment' }).click()
  await expect(summary.getByRole('link', { name: /Tick 'Arrange anyway'/ })).toHaveAttribute('href', /-confirm$/)
  await expect(page.getByRole('listitem').filter({ hasText: `for 60 minutes with ${first.crn}` })).toBeVisible()
  await expectAccessible(page)
  // Nothing was saved: the form still holds the input; confirming saves it.
  await page.getByLabel('Arrange anyway').check()
  await page.getByRole('button', { name: 'Arrange an appointment' }).click()
  await expect(page.getByText('Appointment booked.')).toBeVisible()
  booked.push(first.crn, second.crn)

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Diary' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Your diary' })).toBeVisible()
  await page.goto(`/diary?date=${day}&view=day`)
  const dayList = page.getByRole('main')
  // en-GB dates: "Tuesday, 16 Feb 2027" (or without the comma, as the ICU version has it).
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`16 Feb ${year}`) })).toBeVisible()
  for (const p of [first, second]) await expect(dayList.getByRole('listitem').filter({ hasText: p.crn })).toBeVisible()
  await expect(dayList.getByRole('listitem').filter({ hasText: first.crn })).toContainText('10:00 to 11:00 · 60 min · Office')
  await expect(dayList.getByRole('listitem').filter({ hasText: second.crn })).toContainText('10:30 to 11:30')
  await expectAccessible(page)

  await page.getByRole('link', { name: 'Week', exact: true }).click()
  await expect(page).toHaveURL(/view=week/)
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(7)
  for (const p of [first, second]) await expect(page.getByRole('listitem').filter({ hasText: p.crn })).toBeVisible()
  await expectAccessible(page)

  await switchLanguage(page, 'Cymraeg')
  await expect(page.getByRole('heading', { level: 1, name: 'Eich dyddiadur' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Yr wythnos nesaf' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`16 Chwef ${year}`) })).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: first.crn })).toContainText('10:00 i 11:00 · 60 munud · Swyddfa')
  await expectAccessible(page)
  await switchLanguage(page, 'English')

  // On a phone: one column, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`/diary?date=${day}&view=week`)
  await expect(page.getByRole('listitem').filter({ hasText: second.crn })).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await expectAccessible(page)
})

test("a senior opens a team member's diary", async ({ page }) => {
  await signIn(page, 'senior.probation@llwybr.test')
  await page.goto(`/diary?date=${day}&view=week`)
  await expect(page.getByRole('heading', { level: 1, name: 'Your diary' })).toBeVisible()
  await page.getByLabel('Whose diary').selectOption({ label: 'Rhian Evans' })
  await page.getByRole('button', { name: 'Show diary' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Diary of Rhian Evans' })).toBeVisible()
  for (const crn of booked) await expect(page.getByRole('listitem').filter({ hasText: crn })).toBeVisible()
  await expectAccessible(page)
})

test('a day or view the address gets wrong is named above today’s diary, in English and Welsh (walk 51 F5)', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.goto('/diary?date=banana&view=month')
  await expect(page.getByRole('heading', { level: 1, name: 'Your diary' })).toBeVisible()
  const summary = page.getByRole('alert', { name: 'There is a problem' })
  await expect(summary).toContainText('Day in the address')
  await expect(summary).toContainText('Enter a real date')
  await expect(summary).toContainText('View')
  await expectAccessible(page)
  await switchLanguage(page, 'Cymraeg')
  await expect(page.getByRole('alert', { name: 'Mae problem' })).toContainText('Y diwrnod yn y cyfeiriad')
  await expectAccessible(page)
  await switchLanguage(page, 'English')
})
