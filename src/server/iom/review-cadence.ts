// Date arithmetic on date-only values (UTC midnight of the London day, as `@db.Date` columns hold them), so no
// server time zone or clock change can move a review or a look-back window by a day.
const DAY = 86_400_000

/** The same day `months` earlier, clamped to the month's last day (31 March less one month is 28 or 29 February). */
export function monthsBefore(day: Date, months: number): Date {
  const total = day.getUTCFullYear() * 12 + day.getUTCMonth() - months
  const [year, month] = [Math.floor(total / 12), ((total % 12) + 12) % 12]
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return new Date(Date.UTC(year, month, Math.min(day.getUTCDate(), last)))
}

export const yearsBefore = (day: Date, years: number) => monthsBefore(day, years * 12)

/** The next review: the panel or review date plus the cohort's cadence (IOM Cymru: typically every four weeks). */
export const addWeeks = (day: Date, weeks: number) => new Date(day.getTime() + weeks * 7 * DAY)

/** Whether a review is overdue and by how many days, or how many days remain until it. */
export function reviewState(nextReviewOn: Date, today: Date): { overdue: boolean; days: number } {
  const days = Math.round((nextReviewOn.getTime() - today.getTime()) / DAY)
  return days < 0 ? { overdue: true, days: -days } : { overdue: false, days }
}
