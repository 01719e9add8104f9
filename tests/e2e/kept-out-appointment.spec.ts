import { expect, test } from '@playwright/test'
import { clockNumber, letterTag } from '../support/unique'
import { excludeOnRecord, openForm, withoutScript } from './support'

// A day next February, clear of the seeded appointments and of bank holidays.
const year = new Date().getUTCFullYear() + 1

// Break 65 F5, break 66 F2: a senior adding to a Limited Access list the member of staff of a coming appointment is told
// of the appointment and what to do; without the page's script the page said only "Added to the list".
test('without the script, a senior excluding the staff member of a coming appointment is told of it', async ({ browser }) => {
  const page = await withoutScript(browser, 'senior.probation@llwybr.test')
  await page.goto('/offenders/new')
  const surname = `Apwyntiad${letterTag(clockNumber(), 7)}`
  await page.getByLabel('First name').fill('Siôn')
  await page.getByLabel('Last name').fill(surname)
  await page.getByLabel('Date of birth').fill('1985-03-14')
  await page.getByLabel('Sex').selectOption('MALE')
  await page.getByRole('button', { name: 'Create record' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Siôn ${surname}`)

  await openForm(page, 'Open the appointment form')
  await page.locator('#arrange-occurredAt').fill(`${year}-02-17T10:00`)
  await page.locator('#arrange-appointmentType').selectOption('OFFICE')
  await page.locator('#arrange-durationMinutes').fill('60')
  await page.locator('#arrange-location').fill('Cardiff probation office')
  await page.getByLabel('Purpose of the appointment').fill('First supervision')
  await page.getByLabel('Staff member').selectOption({ label: 'Rhian Evans' })
  await page.getByRole('button', { name: 'Arrange an appointment' }).click()
  await expect(page.getByText('Appointment booked.')).toBeVisible()
  // With whom, so the one to cancel can be told apart (walk 66 F4).
  await expect(page.getByText(/· Office · 60 min · with Rhian Evans/).first()).toBeVisible()

  const lists = page.getByRole('region', { name: 'Limited access' })
  await excludeOnRecord(lists, 'Rhian Evans (probation.officer@llwybr.test)', 'Lives next door to him')
  const notice = page.getByRole('status').filter({ hasText: 'Added to the list' })
  await expect(notice).toContainText(`Rhian Evans on 17 Feb ${year} at 10:00`)
  await expect(notice).toContainText('arrange it again with another member of staff')
  // Taken off again (focus moves only with the script, so not removeFromAccessList): the notice says the plain removal.
  const row = lists.getByRole('row').filter({ hasText: 'Rhian Evans' })
  await openForm(row, 'Remove Rhian Evans from this list')
  await row.getByLabel('Why are they coming off the list?').fill('Moved house')
  await row.getByRole('button', { name: 'Remove Rhian Evans', exact: true }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Removed from the list' })).toBeVisible()
  await expect(lists.getByRole('row').filter({ hasText: 'Rhian Evans' })).toHaveCount(0)
})
