import { londonLocalProblem } from '../../lib/dates'
import { dateFromDayNumber, dayNumber, weekdayOfDay } from './rota-time'

// The calendar days a circle's meeting pattern gives, for the checks a coordinator's form needs (issue 16 gap walk).

/** A pattern as the form gives it: weekday 1 = Monday … 7 = Sunday, London clock "HH:MM", dates `YYYY-MM-DD`. */
export type PatternDays = { weekday: number; startTime: string; everyWeeks: number; startDate: string; plannedEndDate: string }

/**
 * The first meeting of a pattern: the first chosen weekday on or after the "from" date (`YYYY-MM-DD` in, out).
 * A "from" date on another weekday is accepted, and the coordinator is told this date (gap 4: the friendlier choice).
 */
export function firstMeetingDay(from: string, weekday: number): string {
  const start = dayNumber(from)
  return dateFromDayNumber(start + ((weekday - weekdayOfDay(start) + 7) % 7))
}

/**
 * The first meeting day of a pattern on which its London start time does not exist (01:00–01:59 on the last Sunday
 * of March, when the clocks go forward), or null. Every meeting from the first to the planned end is checked, as
 * each dated time field does with londonLocalProblem (gap 1; issue 15 item 3). Only an 01:xx start can fall in the
 * gap, so other times are not walked. An ambiguous time (01:00–01:59 on the last Sunday of October, which happens
 * twice) is accepted and read as its second occurrence, in GMT after the clocks go back — exactly what every
 * datetime-local field and meetingsFromPattern do — so a pattern's meeting and a single meeting agree.
 */
export function skippedMeetingDay(p: PatternDays): string | null {
  if (!p.startTime.startsWith('01:')) return null
  const last = dayNumber(p.plannedEndDate)
  for (let day = dayNumber(firstMeetingDay(p.startDate, p.weekday)); day <= last; day += 7 * p.everyWeeks) {
    const date = dateFromDayNumber(day)
    if (londonLocalProblem(`${date}T${p.startTime}`) === 'timeNotInLondon') return date
  }
  return null
}
