import { expect, type Locator, type Page } from '@playwright/test'
import { excludeOnRecord, openForm } from './support'

// The steps of the court-to-termination journey (court-to-termination.spec.ts), kept apart so the spec reads as the journey.

export const MINUTE = 60_000
export const london = (ms: number) => {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(ms))
      .map((x) => [x.type, x.value]),
  )
  return { day: `${p.year}-${p.month}-${p.day}`, local: `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}` }
}
export const isoDaysAgo = (days: number) => london(Date.now() - days * 86_400_000).day

/**
 * A future day for the clash in the diary: a Wednesday in June or July next year (England and Wales have no bank
 * holidays then; other specs use February and March), and a half-hour slot, both from the clock so a rerun on the
 * same database books somewhere else.
 */
export function diarySlot(n: number) {
  const year = Number(london(Date.now()).day.slice(0, 4)) + 1
  const firstWednesday = new Date(Date.UTC(year, 5, 1))
  firstWednesday.setUTCDate(1 + ((3 - firstWednesday.getUTCDay() + 7) % 7))
  const day = new Date(firstWednesday.getTime() + (n % 8) * 7 * 86_400_000).toISOString().slice(0, 10)
  const minutes = 9 * 60 + (Math.floor(n / 8) % 12) * 30 // 09:00 to 14:30; the second booking starts 30 minutes later
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
  return { day, first: hhmm(minutes), second: hhmm(minutes + 30) }
}

/** A surname no other run has made: `prefix` and the time in base 36 with its digits as letters (names take no digits). */
export const uniqueSurname = (prefix: string, n = Date.now()) => `${prefix}${n.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`

export async function createPerson(page: Page, first: string, surname: string, dob: string, pnc?: string) {
  await page.getByRole('link', { name: 'Find a person' }).click()
  await page.getByRole('link', { name: 'Create a person record' }).click()
  await page.getByLabel('First name').fill(first)
  await page.getByLabel('Last name').fill(surname)
  await page.getByLabel('Date of birth').fill(dob)
  await page.getByLabel('Sex').selectOption('MALE')
  if (pnc) await page.getByLabel('PNC number').fill(pnc)
  await page.getByRole('button', { name: 'Create record' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${first} ${surname}`)
}

export type CommunityOrder = { sentenceDate: string; months: number; hours: number; days: number; accommodation: string; revokes?: string }

/** Records a community order with unpaid work and a rehabilitation activity requirement, on the sentences page open now. */
export async function recordCommunityOrder(page: Page, order: CommunityOrder) {
  const orders = page.getByRole('region', { name: 'Sentences and orders' })
  const outcome = orders.locator('details', { has: page.locator('summary', { hasText: 'Record a court outcome' }) })
  const offence = outcome.getByRole('group', { name: 'Offence 1' })
  await orders.getByText('Record a court outcome').click()
  await outcome.getByLabel('Court').fill('Cardiff Magistrates’ Court')
  await outcome.getByLabel('Date of sentence').fill(order.sentenceDate)
  await outcome.getByLabel('Disposal').selectOption({ label: 'Community order' })
  await outcome.getByLabel('Length: months').fill(String(order.months))
  await offence.getByLabel('Category').selectOption({ label: 'Acquisitive' })
  await offence.getByLabel('Offence date').fill(isoDaysAgo(75))
  await offence.getByLabel('Description').fill('Theft from a shop, St Mary Street')
  await outcome.getByRole('group', { name: 'Unpaid work' }).getByLabel('Hours').fill(String(order.hours))
  await outcome.getByRole('group', { name: 'Rehabilitation activity' }).getByLabel('Days').fill(String(order.days))
  if (order.revokes) {
    // Revoke and re-sentence: the only order there is, ended for the reason given, in the same submit.
    await outcome.getByLabel('Order this outcome revokes').selectOption({ index: 1 })
    await outcome.getByLabel('Why the order is revoked').selectOption({ label: order.revokes })
  }
  await outcome.getByLabel('Accommodation', { exact: true }).selectOption({ label: order.accommodation })
  await outcome.getByLabel('Education, training and employment').selectOption({ label: 'Unemployed and seeking work' })
  await outcome.getByRole('button', { name: 'Record the court outcome' }).click()
  await expect(orders.getByRole('status').filter({ hasText: 'Court outcome recorded.' })).toBeVisible()
}

/** Finds the person as a user would: by CRN, through the search. */
export async function openPerson(page: Page, crn: string, first: string, surname: string) {
  await page.getByRole('link', { name: 'Find a person' }).click()
  await page.getByLabel('Name, CRN or PNC number').fill(crn)
  await page.getByRole('button', { name: 'Search' }).click()
  await page.getByRole('link', { name: `${surname}, ${first}` }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${first} ${surname}`)
}

export const booked = (page: Page) => page.getByText('Appointment booked.')
export const problem = (page: Page) => page.getByRole('alert', { name: 'There is a problem' })
/** The "are you sure" panel a form shows before anything is wrong (re-walk of issue 16, D6): a status, not an alert. */
export const confirmation = (page: Page, title: string | RegExp) => page.getByRole('status', { name: title })

/** Arranges an appointment on the record page open now. */
export async function arrange(page: Page, at: string, minutes: number, purpose: string) {
  await openForm(page, 'Open the appointment form')
  await page.locator('#arrange-occurredAt').fill(at)
  await page.locator('#arrange-appointmentType').selectOption('OFFICE')
  await page.locator('#arrange-durationMinutes').fill(String(minutes))
  await page.locator('#arrange-location').fill('Cardiff probation office')
  await page.getByLabel('Purpose of the appointment').fill(purpose)
  await page.getByRole('button', { name: 'Arrange an appointment' }).click()
}

/**
 * For bookings whose clash is not what is being tested (the officer's seeded diary today, a weekend or bank holiday
 * when the suite runs): confirm only if the app warns, and only about the officer's other plans.
 */
export async function arrangeConfirmingIfWarned(page: Page, at: string, minutes: number, purpose: string) {
  await arrange(page, at, minutes, purpose)
  // The new appointment listed (not the message an earlier booking left), or the warnings.
  const listed = page.getByRole('listitem').filter({ hasText: purpose })
  const clash = confirmation(page, 'This clashes with other plans')
  await expect(listed.or(clash).first()).toBeVisible()
  if ((await listed.count()) > 0) return
  await expect(clash.getByLabel('Arrange anyway')).toBeVisible()
  await expect(problem(page)).toHaveCount(0)
  await page.getByLabel('Arrange anyway').check()
  await page.getByRole('button', { name: 'Arrange an appointment' }).click()
  await expect(listed.first()).toBeVisible()
}

export const awaitingOutcome = (page: Page) => page.getByRole('heading', { name: 'Outcome to record' }).locator('xpath=following-sibling::ul[1]/li')

/** Waits (reloading, no fixed sleep) until the appointment's time has passed and it asks for its outcome, then fails it. */
export async function recordFailureToAttend(page: Page, purpose: string) {
  await expect(async () => {
    await page.reload()
    await expect(awaitingOutcome(page)).toHaveCount(1, { timeout: 2_000 })
  }).toPass({ timeout: 10 * MINUTE, intervals: [5_000] })
  const appointment = awaitingOutcome(page).first()
  await openForm(appointment, 'Record an outcome')
  await appointment.getByLabel('Outcome').selectOption({ label: 'Failed to attend' })
  await appointment.getByLabel('Notes on the appointment').fill(`${purpose}: did not attend, no contact.`)
  await appointment.getByRole('button', { name: 'Record outcome' }).click()
  await expect(awaitingOutcome(page)).toHaveCount(0)
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/sign-in/)
}

export const decisionNeeded = (enforcement: Locator) => enforcement.getByRole('listitem').filter({ hasText: 'decision needed' })

/** A senior opens `record` and puts a member of staff on its exclusion list (Limited Access): excludeOnRecord. */
export async function excludeFromRecord(senior: Page, record: string, staff: string, reason: string) {
  await senior.goto(record)
  await excludeOnRecord(senior.getByRole('region', { name: 'Limited access' }), staff, reason)
}
