import { londonLocalToDate, todayInLondon } from './dates'

// The diary's day and week, as London calendar dates (`YYYY-MM-DD`); a week runs Monday to Sunday.

export type DiaryView = 'day' | 'week'
export type DiaryRange = { view: DiaryView; days: string[]; from: Date; to: Date; previous: string; next: string; today: string }

const DAY = /^\d{4}-\d{2}-\d{2}$/
const shift = (day: string, n: number) => new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) + n)).toISOString().slice(0, 10)

/** A valid `YYYY-MM-DD` London date, or today's when the value is missing or not a real date. */
export function diaryDay(value: unknown): string {
  if (typeof value === 'string' && DAY.test(value) && shift(value, 0) === value) return value
  return todayInLondon()
}

/**
 * The London day (or the Monday-to-Sunday week holding it) as UTC instants [from, to): London midnight to London
 * midnight, so a clock-change day lasts 23 or 25 hours. `previous`/`next` are the days to navigate to.
 */
export function diaryRange(day: string, view: DiaryView): DiaryRange {
  const monday = shift(day, -((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7))
  const first = view === 'week' ? monday : day
  const length = view === 'week' ? 7 : 1
  const days = Array.from({ length }, (_, i) => shift(first, i))
  return {
    view,
    days,
    from: londonLocalToDate(`${first}T00:00`)!,
    to: londonLocalToDate(`${shift(first, length)}T00:00`)!,
    previous: shift(day, -length),
    next: shift(day, length),
    today: todayInLondon(),
  }
}
