// One model of a circle's dates (issue 16 item 11), so every step reads them the same way:
//   startedOn       the day the coordinator started it (FORMING → ACTIVE); nothing of the circle is dated before it
//   startDate       its first meeting, on or after startedOn — possibly weeks later, while the inner circle settles
//   endingFrom      from when it thins out towards its end; may be today or ahead, never before it started
//   closedOn        the day it closed (today, when closed), on or after endingFrom and its end review
// Reviews and the questionnaire are things that happened: on or after startedOn, and not after today; the end review
// and the questionnaire also on or after endingFrom, so a circle ending from a date ahead cannot close before then.
// A circle whose first meeting is still ahead can still be ended and closed: its end review is not "before the
// circle started" (it started when it was started).

export type TCircleDates = { startedOn: Date | null; startDate: Date | null }

/** The first London date anything of the circle may be dated: the day it started; for rows from before that was
 *  recorded and never backfilled, its first meeting. Null for a circle not yet started. */
export const recordsFrom = (c: TCircleDates): Date | null => c.startedOn ?? c.startDate

/** Whether a London date (midnight UTC, as the schemas give) falls before the circle started. */
export const isBeforeStart = (c: TCircleDates, date: Date): boolean => {
  const from = recordsFrom(c)
  return from !== null && date.getTime() < from.getTime()
}

/** Whether a London date (midnight UTC) falls before the circle's ending phase began; false while it is not ending.
 *  End reviews, questionnaires and closing must not be (issue 16 item 11, walk-through finding 4). */
export const isBeforeEnding = (c: { endingFrom: Date | null }, date: Date): boolean => c.endingFrom !== null && date.getTime() < c.endingFrom.getTime()

/**
 * Whether a circle's first meeting day has come (it is running, or ending, and its startDate is today or before, in
 * London): from then its start date is a record, not a plan, and setUpCircle refuses to move it (COSA break test item 3).
 * Input: the circle's status and startDate (a London date at UTC midnight) and today's London date. Output: boolean.
 */
export const circleHasStarted = (c: { status: string; startDate: Date | null }, today: Date) =>
  (c.status === 'ACTIVE' || c.status === 'ENDING') && c.startDate !== null && c.startDate.getTime() <= today.getTime()

/**
 * Whether a circle's ending was begun with a date still ahead (London dates at UTC midnight): it keeps running until
 * then — its page reads "Running — ending from <date>" — and its end review, questionnaire and closing open only on
 * that date (issue 16 item 11, cosa16 item 1). Input: status, endingFrom, today's London date. Output: boolean.
 */
export const isEndingAhead = (c: { status: string; endingFrom: Date | null }, today: Date): boolean =>
  c.status === 'ENDING' && c.endingFrom !== null && c.endingFrom.getTime() > today.getTime()

/** The statuses of a circle that still meets: running, or ending (until its ending date). Forming circles meet once
 *  started; closed ones never again. Every "circles that meet" list or filter uses this (re-walk D11 of issue 16). */
export const meetingStatuses = ['ACTIVE', 'ENDING'] as const

/**
 * Whether a circle of a meeting status meets on a London day (`YYYY-MM-DD`): not after its planned end, and, once
 * ending, not after its ending date (that day itself still meets, as cancelMeetingsAfterEnding keeps it).
 * Input: the circle's plannedEndDate and endingFrom (London dates at UTC midnight, or null). Output: boolean.
 * Rule: issue 16 item 11; re-walk D11 (an ending circle was dropped from rota generation while it still met).
 */
export const meetsOn = (c: { plannedEndDate: Date | null; endingFrom: Date | null }, day: string): boolean =>
  [c.plannedEndDate, c.endingFrom].every((last) => last === null || day <= last.toISOString().slice(0, 10))

/**
 * Whether a closed circle was withdrawn before it started rather than closed at its end: every other close comes
 * from ENDING, which sets endingFrom, so a circle closed without one never ended (closeCircle of a forming circle).
 * Input: its closedOn and endingFrom (London dates at UTC midnight, or null). Output: boolean. Rule: walk 20, D5/D6
 * (the officer saw only "Closed", and the page still spoke of the end-of-circle questionnaire).
 */
export const wasWithdrawn = (c: { closedOn: Date | null; endingFrom: Date | null }): boolean => c.closedOn !== null && c.endingFrom === null

/**
 * The word for a circle's stage on every page that lists or heads it: its status, or "Withdrawn" for a circle closed
 * before it ever ended (walk 20: the coordinator's circle page called a withdrawn circle "Closed"). Output: a message
 * key, `enums.circleStatus.<STATUS>` or `circleLife.withdrawnStatus`.
 */
export const circleStageKey = (c: { status: string; closedOn: Date | null; endingFrom: Date | null }): string =>
  c.status === 'CLOSED' && wasWithdrawn(c) ? 'circleLife.withdrawnStatus' : `enums.circleStatus.${c.status}`

/** How a circle's span ends: withdrawn or closed on a day, ending from a day, planned to end, or open. */
export type TCircleSpan = { from: Date | null; to: Date | null; toKind: 'withdrawn' | 'closed' | 'ending' | 'planned' | 'open'; neverMet: boolean }

/**
 * A circle's span as every page and export shows it, from the one model above: from the day it started (recordsFrom:
 * never its first meeting, which may be after it closed), to the day it closed, else the day its ending runs from,
 * else its planned end; `withdrawn` when it closed without ever ending (wasWithdrawn). Input: the circle's dates (London dates at UTC midnight) and `neverMet` (closed with no
 * meeting held, from circleMeetingDates). Output: TCircleSpan. Rule: issue 16 item 11; re-walk D9 (the officer's page
 * said "From 8 Dec 2026 to 1 Dec 2026" for a circle closed before its first meeting).
 */
export function circleSpan(c: TCircleDates & { closedOn: Date | null; endingFrom: Date | null; plannedEndDate: Date | null }, neverMet: boolean): TCircleSpan {
  const [to, toKind] = c.closedOn ? [c.closedOn, wasWithdrawn(c) ? ('withdrawn' as const) : ('closed' as const)] : c.endingFrom ? [c.endingFrom, 'ending' as const] : c.plannedEndDate ? [c.plannedEndDate, 'planned' as const] : [null, 'open' as const]
  return { from: recordsFrom(c), to, toKind, neverMet }
}
