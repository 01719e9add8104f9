import 'server-only'
import { londonDay, todayInLondon } from '../../lib/dates'
import type { Tx } from '../db'
import { firstMeetingDay } from './pattern-days'
import { dayNumber, londonInstant, weekdayOfDay } from './rota-time'

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

/** Whether a meeting falls on the pattern's weekday, London start time and length, within its dates. */
function fitsDay(p: TSavedPattern, m: { startsAt: Date; endsAt: Date }): boolean {
  const date = londonDay(m.startsAt)
  return weekdayOfDay(dayNumber(date)) === p.weekday && date >= iso(p.startDate) && date <= iso(p.plannedEndDate) && m.startsAt.getTime() === londonInstant(date, p.startTime)
    && m.endsAt.getTime() - m.startsAt.getTime() === p.minutes * 60_000
}

/**
 * When a circle's pattern changes (day, time, length, frequency or dates), cancels its meetings still to come that
 * the new pattern no longer gives, inside the caller's transaction (issue 16 gap 2). Only meetings that have not
 * started and have no minutes; past, started or minuted ones are records and are never touched. Cancelled rather
 * than moved: the volunteers on them agreed to the old day, so generating the rota again staffs the new meetings
 * by every rule (availability, leave, DBS, double booking) instead of carrying places they may not be able to keep.
 * Output: the ids of the meetings cancelled, for the audit row and the count shown to the coordinator.
 */
export async function cancelOffPatternMeetings(tx: Pick<Tx, 'circleMeeting'>, circleId: string, pattern: TSavedPattern, before: { [K in keyof TSavedPattern]: TSavedPattern[K] | null }): Promise<string[]> {
  // Saving the venue alone leaves the meetings as they are.
  const same = (k: keyof TSavedPattern) => String(before[k] instanceof Date ? iso(before[k]) : before[k]) === String(pattern[k] instanceof Date ? iso(pattern[k]) : pattern[k])
  if ((['weekday', 'startTime', 'minutes', 'everyWeeks', 'startDate', 'plannedEndDate'] as const).every(same)) return []
  const coming = await tx.circleMeeting.findMany({ where: { circleId, status: 'SCHEDULED', startsAt: { gt: new Date() }, minutes: { is: null } }, select: { id: true, startsAt: true, endsAt: true }, orderBy: { startsAt: 'asc' } })
  // Every N weeks counts from the first coming meeting that fits, not from today: generateRota anchored the meetings
  // on the day it ran, so counting from today could put a fortnightly circle's own meetings "off pattern".
  const anchor = dayNumber(londonDay(coming.find((m) => fitsDay(pattern, m))?.startsAt ?? new Date(`${nextMeetingDay(pattern)}T12:00:00Z`)))
  const onPattern = (m: { startsAt: Date; endsAt: Date }) => fitsDay(pattern, m) && ((dayNumber(londonDay(m.startsAt)) - anchor) / 7) % pattern.everyWeeks === 0
  const ids = coming.filter((m) => !onPattern(m)).map((m) => m.id)
  if (ids.length) await tx.circleMeeting.updateMany({ where: { id: { in: ids }, status: 'SCHEDULED' }, data: { status: 'CANCELLED', cancelledReason: null } })
  return ids
}
