import 'server-only'
import { londonDay, todayInLondon } from '../../lib/dates'
import type { Tx } from '../db'
import { keptOutOf, placeCounts } from './kept-out'
import { firstMeetingDay } from './pattern-days'
import { dateFromDayNumber, dayNumber, londonInstant, weekdayOfDay } from './rota-time'

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

/**
 * The first meeting a saved pattern gives that is still to come at `now`: nextMeetingDay, or one period (everyWeeks)
 * later when that day's London start time has passed, as generateRota, which books only meetings after now, would
 * (walk 41 F5: saved at 22:35 on a Thursday, a Thursday 19:00 pattern named that evening). `YYYY-MM-DD`.
 */
export function firstComingMeetingDay(p: Pick<TSavedPattern, 'weekday' | 'startDate' | 'startTime' | 'everyWeeks'>, now = new Date()): string {
  const day = nextMeetingDay(p)
  return londonInstant(day, p.startTime) > now.getTime() ? day : dateFromDayNumber(dayNumber(day) + 7 * p.everyWeeks)
}

/** Whether a meeting falls on the pattern's weekday and London start time, within its dates (its length aside). */
function fitsDay(p: TSavedPattern, m: { startsAt: Date }): boolean {
  const date = londonDay(m.startsAt)
  return weekdayOfDay(dayNumber(date)) === p.weekday && date >= iso(p.startDate) && date <= iso(p.plannedEndDate) && m.startsAt.getTime() === londonInstant(date, p.startTime)
}

/** What a pattern change does to the meetings still to come: ids to cancel, meetings to give the new length. */
export type TPatternChangePlan = { cancel: string[]; confirmations: number; unconfirmed: number; resize: { id: string; startsAt: Date }[] }

/**
 * When a circle's pattern changes (day, time, length, frequency or dates), works out, inside the caller's
 * transaction, what happens to its meetings still to come (issue 16 gap 2; fix16a item 2). Only meetings that have
 * not started and have no minutes; past, started or minuted ones are records and are never touched.
 * - A meeting still on the new day, time and frequency keeps its people; only its length follows the pattern
 *   (`resize`): a length-only change threw away the volunteers' confirmations and declines (fix16a item 2).
 * - One the new pattern no longer gives is cancelled (`cancel`) rather than moved: its volunteers agreed to the old
 *   day, so generating the rota again staffs the new meetings by every rule. `confirmations`: how many confirmed
 *   places those hold, and `unconfirmed` how many still wait for an answer ("Please confirm", walk 25 O6), for the
 *   coordinator's confirmation before anything is cancelled.
 */
export async function planPatternChange(tx: Pick<Tx, 'circleMeeting' | 'accessRestriction'>, circleId: string, pattern: TSavedPattern, before: { [K in keyof TSavedPattern]: TSavedPattern[K] | null }): Promise<TPatternChangePlan> {
  // Saving the venue alone leaves the meetings as they are.
  const same = (k: keyof TSavedPattern) => String(before[k] instanceof Date ? iso(before[k]) : before[k]) === String(pattern[k] instanceof Date ? iso(pattern[k]) : pattern[k])
  if ((['weekday', 'startTime', 'minutes', 'everyWeeks', 'startDate', 'plannedEndDate'] as const).every(same)) return { cancel: [], confirmations: 0, unconfirmed: 0, resize: [] }
  const coming = await tx.circleMeeting.findMany({
    where: { circleId, status: 'SCHEDULED', startsAt: { gt: new Date() }, minutes: { is: null } },
    select: { id: true, startsAt: true, endsAt: true, circle: { select: { coreMemberId: true } }, assignments: { where: { response: { in: ['CONFIRMED', 'PENDING'] } }, select: { response: true, volunteer: { select: { userId: true } } } } },
    orderBy: { startsAt: 'asc' },
  })
  // Every N weeks counts from the first coming meeting that fits, not from today: generateRota anchored the meetings
  // on the day it ran, so counting from today could put a fortnightly circle's own meetings "off pattern".
  const anchor = dayNumber(londonDay(coming.find((m) => fitsDay(pattern, m))?.startsAt ?? new Date(`${nextMeetingDay(pattern)}T12:00:00Z`)))
  const onPattern = (m: { startsAt: Date }) => fitsDay(pattern, m) && ((dayNumber(londonDay(m.startsAt)) - anchor) / 7) % pattern.everyWeeks === 0
  const off = coming.filter((m) => !onPattern(m))
  const resize = coming.filter((m) => onPattern(m) && m.endsAt.getTime() - m.startsAt.getTime() !== pattern.minutes * 60_000)
  // A place whose volunteer may no longer see the core member is neither confirmed nor awaited (h17g item 3 of issue 17).
  const keptOut = await keptOutOf(tx, coming.map((m) => m.circle.coreMemberId))
  const places = placeCounts(off.flatMap((m) => m.assignments.map((a) => ({ response: a.response, keptOut: keptOut(m.circle.coreMemberId, a.volunteer.userId) }))))
  return { cancel: off.map((m) => m.id), confirmations: places.confirmed, unconfirmed: places.pending, resize: resize.map(({ id, startsAt }) => ({ id, startsAt })) }
}

/** Carries out planPatternChange's plan in the caller's transaction. Output: the ids of the meetings cancelled. */
export async function applyPatternChange(tx: Pick<Tx, 'circleMeeting'>, plan: TPatternChangePlan, minutes: number): Promise<string[]> {
  if (plan.cancel.length) await tx.circleMeeting.updateMany({ where: { id: { in: plan.cancel }, status: 'SCHEDULED' }, data: { status: 'CANCELLED', cancelledReason: null } })
  for (const m of plan.resize) await tx.circleMeeting.update({ where: { id: m.id }, data: { endsAt: new Date(m.startsAt.getTime() + minutes * 60_000) } })
  return plan.cancel
}
