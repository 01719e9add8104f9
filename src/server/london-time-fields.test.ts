import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { z } from 'zod'
import { ZArrangeAppointment, ZRescheduleAppointment } from './appointments/appointment.schemas'
import { ZContactCreate } from './contacts/contact.schemas'
import { ZCircleSetup } from './cosa/circles.schemas'
import { ZEnquiry } from './cosa/volunteers.schemas'
import { ZScheduleMeeting } from './mappa/mappa.schemas'
import { ZCreateOffender } from './offenders/create-offender.schemas'
import { overdueReview } from './offenders/offender.select'
import { ZFirstAppointment } from './partners/referral.schemas'
import { ZAddObjective } from './plan/plan.schemas'
import { ZReviewRegistration } from './risk/risk.schemas'
import { dueWindow, isOverdue } from './tasks/due-rules'

/** The message of the issue on one field, or null when that field is fine. */
const issueOn = (schema: z.ZodType, input: Record<string, unknown>, field: string) => {
  const r = schema.safeParse(input)
  return r.success ? null : (r.error.issues.find((i) => i.path.join('.') === field)?.message ?? null)
}

// Issue 15 item 3: 01:30 on the last Sunday of March does not exist in London; it was stored as 02:30.
describe('every date-time field refuses a time the clocks skip', () => {
  it.each([
    ['arranging an appointment', ZArrangeAppointment, 'occurredAt'],
    ['rescheduling an appointment', ZRescheduleAppointment, 'occurredAt'],
    ['recording a contact', ZContactCreate, 'occurredAt'],
    ['scheduling a MAPPA meeting', ZScheduleMeeting, 'startsAt'],
    ["a partner's first appointment", ZFirstAppointment, 'appointmentAt'],
  ] as const)('%s', (_, schema, field) => {
    for (const gap of ['2026-03-29T01:30', '2027-03-28T01:00']) expect(issueOn(schema, { [field]: gap }, field)).toBe('timeNotInLondon')
    expect(issueOn(schema, { [field]: '2027-03-28T02:00' }, field)).not.toBe('timeNotInLondon')
  })
})

// Issue 16 gap 1: a COSA pattern's London start time is a dated time on every meeting day; on the last Sunday of March
// 01:30 does not exist. The ambiguous hour in October is accepted (read as GMT), as the fields above accept it.
describe('a meeting pattern refuses a start time the clocks skip on one of its days', () => {
  const pattern = { circleId: '00000000-0000-4000-8000-000000000001', version: '1', venue: 'Hall', venueRiskAssessedOn: '2026-01-05', weekday: '7', minutes: '90', everyWeeks: '1', startDate: '2027-03-01', plannedEndDate: '2027-06-30' }
  it.each(['01:00', '01:30', '01:59'])('%s on Sundays through March 2027', (startTime) => {
    expect(issueOn(ZCircleSetup, { ...pattern, startTime }, 'startTime')).toBe('patternTimeSkipped')
  })
  it('the same time is fine on another weekday, or in October (ambiguous, read as GMT)', () => {
    expect(issueOn(ZCircleSetup, { ...pattern, startTime: '01:30', weekday: '2' }, 'startTime')).toBeNull()
    expect(issueOn(ZCircleSetup, { ...pattern, startTime: '01:30', startDate: '2026-10-01', plannedEndDate: '2026-12-31' }, 'startTime')).toBeNull()
    expect(issueOn(ZCircleSetup, { ...pattern, startTime: '02:00' }, 'startTime')).toBeNull()
  })
})

// At 23:30 UTC on 1 July it is 00:30 on 2 July in Wales: "today" is 2 July.
describe("'today' is London's date", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-07-01T23:30:00Z'))
  })
  afterEach(() => vi.useRealTimers())

  it('a due date or review date of 1 July is already in the past', () => {
    expect(issueOn(ZAddObjective, { dueDate: '2026-07-01' }, 'dueDate')).toBe('notInPast')
    expect(issueOn(ZAddObjective, { dueDate: '2026-07-02' }, 'dueDate')).toBeNull()
    expect(issueOn(ZReviewRegistration, { nextReviewDate: '2026-07-01' }, 'nextReviewDate')).toBe('notInPast')
  })
  // Break 65 F1, F2: a person aged 1 was recorded, and one born in the future was told "Enter a real date". No one under
  // 10, the age of criminal responsibility, has an offence to manage; their tenth birthday counts in London.
  it('a person is 10 or over on London’s today: one whose tenth birthday is 2 July (today in London) can be recorded', () => {
    expect(issueOn(ZCreateOffender, { dateOfBirth: '2016-07-02' }, 'dateOfBirth')).toBeNull()
    for (const young of ['2016-07-03', '2025-06-01', '2026-07-02'])
      expect(issueOn(ZCreateOffender, { dateOfBirth: young }, 'dateOfBirth'), young).toBe('dateOfBirthUnder10')
    // A mistyped year in the future is told so, as every other date that cannot be in the future (review 65b K2).
    for (const future of ['2026-07-03', '2090-06-01']) expect(issueOn(ZCreateOffender, { dateOfBirth: future }, 'dateOfBirth'), future).toBe('notInFuture')
    // Break 66 F1: the first day of the range the field states (1900 to 2099) was told "Enter a real date".
    expect(issueOn(ZCreateOffender, { dateOfBirth: '1900-01-01' }, 'dateOfBirth')).toBeNull()
    expect(issueOn(ZCreateOffender, { dateOfBirth: '1899-12-31' }, 'dateOfBirth')).toBe('dateOutOfRange')
    // Review 66 K1: a volunteer's likewise, before their 18.
    expect(issueOn(ZEnquiry, { dateOfBirth: '2090-06-01' }, 'dateOfBirth')).toBe('notInFuture')
    expect(issueOn(ZEnquiry, { dateOfBirth: '2010-06-01' }, 'dateOfBirth')).toBe('under18')
  })
  it('due and overdue count London days', () => {
    const { today } = dueWindow()
    expect(today.toISOString()).toBe('2026-07-02T00:00:00.000Z')
    expect(isOverdue('FLAG_REVIEW', new Date('2026-07-01T00:00:00Z'), today)).toBe(true)
    expect(isOverdue('FLAG_REVIEW', new Date('2026-07-02T00:00:00Z'), today)).toBe(false)
    expect(overdueReview(new Date()).nextReviewDate.lt.toISOString()).toBe('2026-07-02T00:00:00.000Z')
  })
  it('a review due today is due, not overdue, all day', () => {
    vi.setSystemTime(new Date('2026-07-02T10:00:00Z'))
    expect(overdueReview(new Date()).nextReviewDate.lt.toISOString()).toBe('2026-07-02T00:00:00.000Z')
    expect(isOverdue('PLAN_REVIEW', new Date('2026-07-02T00:00:00Z'), dueWindow().today)).toBe(false)
  })
})
