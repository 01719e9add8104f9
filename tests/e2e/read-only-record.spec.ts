import { expect, test } from '@playwright/test'
import { expectAccessible, signIn } from './support'

// Walk 17: a record the viewer may read but not change (a team-mate's case; a break-glass opening) offered "Arrange an
// appointment" and the other appointment forms, which the server then refused. The forms show only where the viewer
// may change the record; the appointments themselves still show.
test('an officer reading a team-mate’s case sees its appointments but no form to change them', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  // Their own case first: the forms are there, so their absence below is the record's, not the page's.
  await page.getByRole('table', { name: 'People you manage' }).locator('a[href^="/offenders/"]').first().click()
  const own = page.getByRole('region', { name: 'Appointments' })
  await expect(own.getByRole('heading', { name: 'Arrange an appointment' })).toBeVisible()
  await expect(own.getByRole('heading', { name: 'Outcome to record' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Change personal details and see their history' })).toBeVisible()

  await page.goto('/?view=team')
  const notMine = page.getByRole('table', { name: "People in your team's caseload" }).getByRole('row').filter({ has: page.locator('a[href^="/offenders/"]') }).filter({ hasNotText: 'Rhian Evans' })
  await notMine.first().locator('a[href^="/offenders/"]').click()
  const appointments = page.getByRole('region', { name: 'Appointments' })
  await expect(appointments.getByRole('heading', { level: 2, name: 'Appointments' })).toBeVisible()
  await expect(appointments.getByRole('heading', { name: 'Arrange an appointment' })).toHaveCount(0)
  await expect(appointments.getByRole('button')).toHaveCount(0)
  await expect(appointments.getByText(/^(Reschedule|Cancel appointment|Record an outcome|Open the appointment form)$/)).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Add a contact' })).toHaveCount(0)
  // Nor words that offer a change (walk 51 F3).
  await expect(appointments.getByRole('heading', { name: 'Waiting for an outcome' })).toBeVisible()
  await expect(appointments.getByRole('heading', { name: 'Outcome to record' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'See personal details and their history' })).toBeVisible()
  await expectAccessible(page)
})
