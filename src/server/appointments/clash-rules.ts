import { londonDay } from '../../lib/dates'
import { bankHolidays } from '../../lib/working-days'

// The clash rules of issue 13, pure so they can be tested without a database. Times are UTC instants and
// durations whole minutes, so an appointment across a clock change lasts exactly its minutes of real time.

/** An appointment as the rules see it: when it starts (UTC instant) and how long it lasts (minutes). */
export type Slot = { start: Date; durationMinutes: number }
/** An appointment already booked: whose it is (person and staff member), when, and whether it was cancelled. */
export type Booked = Slot & { id: string; offenderId: string; staffId: string | null; cancelled: boolean }

export type ClashReport = {
  /** Booked appointments for the same person at an overlapping time: a hard stop. */
  samePerson: Booked[]
  /** Booked appointments for the same staff member with another person: a warning needing confirmation. */
  sameStaff: Booked[]
  /** The London date (`YYYY-MM-DD`) when it falls on an England-and-Wales bank holiday: a warning. */
  bankHoliday: string | null
}

/** The longest appointment the form accepts (minutes); the clash query looks back this far for overlaps. */
export const MAX_DURATION_MINUTES = 480
/** The shortest appointment the form accepts (minutes). */
export const MIN_DURATION_MINUTES = 5

const end = (s: Slot) => s.start.getTime() + s.durationMinutes * 60_000

/**
 * Whether two appointments overlap, as half-open intervals [start, start + duration): one ending at 10:00 and
 * another starting at 10:00 do not clash.
 */
export function overlaps(a: Slot, b: Slot): boolean {
  return a.start.getTime() < end(b) && b.start.getTime() < end(a)
}

/** The England-and-Wales bank holiday (London date `YYYY-MM-DD`) an instant falls on, or null. */
export function bankHolidayOn(at: Date): string | null {
  const day = londonDay(at)
  return bankHolidays(Number(day.slice(0, 4))).has(day) ? day : null
}

/**
 * Checks a proposed appointment against those already booked (cancelled ones and the appointment itself, when
 * rescheduling, never clash). Same person and overlapping → `samePerson` (refuse); same staff member, another
 * person, overlapping → `sameStaff` (warn); a bank holiday → `bankHoliday` (warn). Lists are in time order.
 */
export function findClashes(proposed: Slot & { id?: string; offenderId: string; staffId: string }, booked: Booked[]): ClashReport {
  const live = booked
    .filter((b) => !b.cancelled && b.id !== proposed.id && overlaps(proposed, b))
    .sort((a, b) => a.start.getTime() - b.start.getTime())
  return {
    samePerson: live.filter((b) => b.offenderId === proposed.offenderId),
    sameStaff: live.filter((b) => b.offenderId !== proposed.offenderId && b.staffId === proposed.staffId),
    bankHoliday: bankHolidayOn(proposed.start),
  }
}

/** Whether the report holds anything the user must confirm before the appointment is saved. */
export const needsConfirmation = (r: ClashReport) => r.sameStaff.length > 0 || r.bankHoliday !== null
