import { londonToday } from '../../lib/dates'

const DAY = 24 * 3600 * 1000
export const REVIEW_WARNING_DAYS = 14
export const SENTENCE_END_WARNING_DAYS = 28

/**
 * The calendar days the "what is due" list works from, all London dates as `@db.Date` values (midnight UTC): today,
 * the last review date shown (two weeks ahead) and the sentence-ending window. London's date, not UTC's: at 00:30 in
 * a Welsh summer it is already the next day (issue 15 item 3).
 */
export function dueWindow(today = londonToday()) {
  return {
    today,
    reviewHorizon: new Date(today.getTime() + REVIEW_WARNING_DAYS * DAY),
    endingFrom: new Date(today.getTime() - DAY),
    endingUntil: new Date(today.getTime() + SENTENCE_END_WARNING_DAYS * DAY),
  }
}

/**
 * Whether a task is overdue: a past appointment without an outcome always is; a review or end date only once its
 * London day has passed (a review due today is due, not overdue). `due` is a `@db.Date` value, `today` London's.
 */
export const isOverdue = (kind: string, due: Date, today: Date) => kind === 'OUTCOME_MISSING' || due.getTime() < today.getTime()
