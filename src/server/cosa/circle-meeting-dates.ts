import 'server-only'
import type { Tx } from '../db'
import { firstComingMeetingDay } from './circle-pattern-change'
import { meetsOn } from './circle-dates'

/** The dates a circle's page shows (cosa16 item 2), one model with circle-dates.ts (issue 16 item 11). */
export type TCircleDatesView = {
  /** The day the coordinator started it; null while forming. */
  startedOn: Date | null
  /** Its first meeting: the first held, or, if none has been held yet, the first scheduled; null when there is none. */
  firstMeeting: { startsAt: Date; held: boolean } | null
  /** From when the current pattern applies (Circle.patternFrom, apart from the start since cosa17 item 1), or its
   *  planned first meeting when nothing is met or booked yet and that is later (walk 45 F3); null when no pattern is shown. */
  patternSince: Date | null
  /** Closed without a meeting ever held: the page shows no pattern and says it never met. */
  neverMet: boolean
  /** With no meeting on the rota yet, the first day its pattern gives still to come (`YYYY-MM-DD`, firstComingMeetingDay), shown as planned (fix16a item 5). */
  plannedFirst: string | null
  /** Ending from a day before the first meeting its pattern gives, with none held or to come: it will never meet,
   *  which the page says rather than "No meetings scheduled yet" (walk 20, D11). */
  endsBeforeFirst: boolean
}

type TCircle = { id: string; status: string; weekday: number | null; startTime: string | null; everyWeeks: number; startedOn: Date | null; startDate: Date | null; patternFrom: Date | null; endingFrom: Date | null; plannedEndDate: Date | null }

/**
 * Reads a circle's first meeting from its meetings, not from its pattern (whose "from" date moves when the pattern
 * changes): a held meeting is one not cancelled whose start has passed; else the first coming scheduled one.
 * Input: a client or transaction, the circle, and `now` (an instant). Output: TCircleDatesView.
 */
export async function circleMeetingDates(db: Pick<Tx, 'circleMeeting'>, circle: TCircle, now = new Date()): Promise<TCircleDatesView> {
  const first = (held: boolean) => db.circleMeeting.findFirst({
    where: { circleId: circle.id, status: 'SCHEDULED', startsAt: held ? { lte: now } : { gt: now } },
    orderBy: { startsAt: 'asc' },
    select: { startsAt: true },
  })
  const held = await first(true)
  // A closed circle has nothing to come: its cancelled meetings are not its first meeting.
  const coming = held || circle.status === 'CLOSED' ? null : await first(false)
  const firstMeeting = held ? { startsAt: held.startsAt, held: true } : coming ? { startsAt: coming.startsAt, held: false } : null
  const neverMet = circle.status === 'CLOSED' && !held
  const patternSince = neverMet ? null : (circle.patternFrom ?? circle.startDate)
  // "No meetings scheduled yet" read as if there were no plan while the pattern names its first day (fix16a item 5).
  // Only a circle whose rota can still be generated has one to plan: forming, running, or ending while its pattern's
  // first day is not after the ending date (re-walk D11: an ending circle still meets until then).
  // Still to come at `now`: today's day is past once its start time has gone (break 43 F2, as the save names it).
  const planned = !firstMeeting && circle.status !== 'CLOSED' && circle.weekday && circle.startTime && patternSince
    ? firstComingMeetingDay({ weekday: circle.weekday, startDate: patternSince, startTime: circle.startTime, everyWeeks: circle.everyWeeks }, now)
    : null
  const plannedFirst = planned && (circle.status === 'FORMING' || meetsOn(circle, planned)) ? planned : null
  // Nothing met or booked yet: the pattern runs from that first meeting, not from an "on or after" day whose time has
  // gone (walk 45 F3: "from 4 Dec" beside "First meeting: 11 Dec").
  const since = plannedFirst && patternSince && plannedFirst > patternSince.toISOString().slice(0, 10) ? new Date(`${plannedFirst}T00:00:00Z`) : patternSince
  return { startedOn: circle.startedOn, firstMeeting, patternSince: since, neverMet, plannedFirst, endsBeforeFirst: circle.status === 'ENDING' && !!planned && !plannedFirst }
}

/**
 * Whether the circle has met: one of its meetings is held (not cancelled, its start passed by `now`), as
 * circleMeetingDates reads a held meeting. A circle ending before it ever met closes without an end review or
 * questionnaire, which would be about meetings that never happened (walk 41 F2). Output: boolean.
 */
export async function circleHasMet(db: Pick<Tx, 'circleMeeting'>, circleId: string, now = new Date()): Promise<boolean> {
  return (await db.circleMeeting.count({ where: { circleId, status: 'SCHEDULED', startsAt: { lte: now } } })) > 0
}
