import { expect, test } from '@playwright/test'
import { expectAccessible, signIn, openForm } from './support'

test('officer records a failure to attend and requests a breach; a senior countersigns it', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  const task = page.getByRole('table', { name: 'What is due' }).getByRole('row').filter({ hasText: 'Record the outcome of the appointment' }).first()
  const person = (await task.getByRole('link').innerText()).trim()
  await task.getByRole('link').click()
  await expect(page.getByRole('heading', { name: 'Outcome to record' })).toBeVisible()
  await expectAccessible(page)

  const appointment = page.getByRole('heading', { name: 'Outcome to record' }).locator('xpath=following-sibling::ul[1]/li').first()
  await openForm(appointment, 'Record an outcome')
  await appointment.getByRole('button', { name: 'Record outcome' }).click()
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Choose an option from the list')
  await appointment.getByLabel('Outcome').selectOption('FAILED_TO_ATTEND')
  await appointment.getByRole('button', { name: 'Record outcome' }).click()

  const enforcement = page.getByRole('region', { name: 'Enforcement' })
  const open = enforcement.getByRole('listitem').filter({ hasText: 'decision needed' }).first()
  await open.getByLabel('Enforcement action').selectOption('BREACH')
  await open.getByLabel('Reasons').fill('Third unacceptable failure within twelve months.')
  await open.getByRole('button', { name: 'Record decision' }).click()
  await expect(enforcement.getByText("waiting for a senior's countersignature").first()).toBeVisible()
  await expectAccessible(page)

  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/sign-in/)
  await signIn(page, 'senior.probation@llwybr.test')
  const queue = page.getByRole('table', { name: 'Awaiting your countersignature' })
  await queue.getByRole('link', { name: person }).first().click()
  const request = page.getByRole('region', { name: 'Enforcement' }).getByRole('listitem').filter({ hasText: "waiting for a senior's countersignature" }).first()
  await request.getByLabel('Your decision').selectOption('APPROVE')
  await request.getByRole('button', { name: 'Record countersignature' }).click()
  await expect(page.getByRole('region', { name: 'Enforcement' }).getByText('issued').first()).toBeVisible()
  await expect(page.getByRole('region', { name: 'Recent contacts' }).getByText('Enforcement: breach').first()).toBeVisible()
})

test('officer arranges, then cancels, an appointment', async ({ page }) => {
  await signIn(page, 'probation.officer@llwybr.test')
  await page.getByRole('table', { name: 'People you manage' }).getByRole('row').nth(3).getByRole('link').click()
  const purpose = `Three-way meeting with housing ${Date.now()}`
  await openForm(page, 'Open the appointment form')
  await page.locator('#arrange-occurredAt').fill('2030-03-14T10:30')
  await page.locator('#arrange-location').fill('Cardiff probation office')
  await page.getByLabel('Purpose of the appointment').fill(purpose)
  await page.getByRole('button', { name: 'Arrange an appointment' }).click()
  const booked = page.getByRole('listitem').filter({ hasText: purpose }).first()
  await expect(booked).toBeVisible()
  await booked.locator('summary', { hasText: 'Cancel appointment' }).click()
  await booked.getByLabel('Reason for cancelling').fill('Housing officer unavailable')
  await booked.getByRole('button', { name: 'Cancel appointment' }).click()
  await expect(page.getByRole('region', { name: 'Recent contacts' }).getByRole('listitem').filter({ hasText: purpose })).toContainText('Cancelled: Housing officer unavailable')
})
