import 'server-only'
import { londonDay, todayInLondon } from '../../lib/dates'
import type { Tx } from '../db'
import { firstMeetingDay } from './pattern-days'
import { dayNumber, londonInstant } from './rota-time'

/** A circle's pattern as setUpCircle saves it (dates are `@db.Date` values, midnight UTC). */
export type TSavedPattern = { weekday: number; startTime: string; minutes: number; everyWeeks: number; startDate: Date; plannedEndDate: Date }

const iso = (d: Date) => d.toISOString().slice(0, 10)

/**
 * The first meeting a pattern gives from today on: the first chosen weekday on or after its "from" date, or after
 * today for a running circle whose start is past — the same anchor generateRota uses. `YYYY-MM-DD` (gap 4).
 */
export const nextMeetingDay = (p: Pick<TSavedPattern, 'weekday' | 'startDate'>) => {
  const today = todayInLondon()
  return firstMeetingDay(iso(p.startDate) > today ? iso(p.startDate) : today, p.weekday)
}

/** Whether a meeting is one the pattern gives: its day, London start time, length, frequency and dates. */
function isOnPattern(p: TSavedPattern, m: { startsAt: Date; endsAt: Date }): boolean {
  const date = londonDay(m.startsAt)
  const weeks = (dayNumber(date) - dayNumber(nextMeetingDay(p))) / 7
  return Number.isInteger(weeks) && weeks >= 0 && weeks % p.everyWeeks === 0 && date <= iso(p.plannedEndDate)
    && m.startsAt.getTime() === londonInstant(date, p.startTime) && m.endsAt.getTime() - m.startsAt.getTime() === p.minutes * 60_000
}

/**
 * When a circle's pattern changes (day, time, length, frequency or dates), cancels its meetings still to come that
 * the new pattern no longer gives, inside the caller's transaction (issue 16 gap 2). Only meetings that have not
 * started and have no minutes; past, started or minuted ones are records and are never touched. Cancelled rather
 * than moved: the volunteers on them agreed to the old day, so generating the rota again staffs the new meetings
 * by every rule (availability, leave, DBS, double booking) instead of carrying places they may not be able to keep.
 * Output: the ids of the meetings cancelled, for the audit row and the count shown to the coordinator.
 */
export async function cancelOffPatternMeetings(tx: Pick<Tx, 'circleMeeting'>, circleId: string, pattern: TSavedPattern): Promise<string[]> {
  const coming = await tx.circleMeeting.findMany({ where: { circleId, status: 'SCHEDULED', startsAt: { gt: new Date() }, minutes: { is: null } }, select: { id: true, startsAt: true, endsAt: true } })
  const ids = coming.filter((m) => !isOnPattern(pattern, m)).map((m) => m.id)
  if (ids.length) await tx.circleMeeting.updateMany({ where: { id: { in: ids }, status: 'SCHEDULED' }, data: { status: 'CANCELLED', cancelledReason: null } })
  return ids
}
