// The working-day clock of the Wales Reducing Reoffending Strategy's service levels (domain.md "The nine pathways"):
// working days skip Saturdays, Sundays and England-and-Wales bank holidays. Wales has no bank holidays of its own (St
// David's Day is not one), so England's list applies. Days are London calendar dates written `YYYY-MM-DD`.

const DAY_MS = 86_400_000

const toTime = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
const toDay = (time: number) => new Date(time).toISOString().slice(0, 10)
const shift = (day: string, days: number) => toDay(toTime(day) + days * DAY_MS)
const weekday = (day: string) => new Date(toTime(day)).getUTCDay()
const isWeekend = (day: string) => weekday(day) === 0 || weekday(day) === 6
const ymd = (year: number, month: number, date: number) => toDay(Date.UTC(year, month - 1, date))

/** Easter Sunday (Gregorian calendar; the anonymous "Meeus/Jones/Butcher" computus). */
export function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const n = h + l - 7 * m + 114
  return ymd(year, Math.floor(n / 31), (n % 31) + 1)
}

/** The first (n = 1) or last (n = -1) Monday of a month. */
function monday(year: number, month: number, n: 1 | -1): string {
  if (n === 1) {
    const first = ymd(year, month, 1)
    return shift(first, (8 - weekday(first)) % 7)
  }
  const last = toDay(Date.UTC(year, month, 0))
  return shift(last, -((weekday(last) + 6) % 7))
}

// Royal proclamations move or add days; they are announced a year or so ahead and must be added here when they are.
const moved: Record<string, string> = { '2020-05-04': '2020-05-08', '2022-05-30': '2022-06-02' }
const added = ['2022-06-03', '2022-09-19', '2023-05-08']

const cache = new Map<number, ReadonlySet<string>>()

/** England-and-Wales bank holidays of a year, with substitute days for those falling at a weekend. */
export function bankHolidays(year: number): ReadonlySet<string> {
  const known = cache.get(year)
  if (known) return known
  const easter = easterSunday(year)
  const days = [shift(easter, -2), shift(easter, 1), monday(year, 5, 1), monday(year, 5, -1), monday(year, 8, -1)].map((d) => moved[d] ?? d)
  // New Year's Day, Christmas Day and Boxing Day at a weekend move to the next weekday not already a holiday.
  for (const fixed of [ymd(year, 1, 1), ymd(year, 12, 25), ymd(year, 12, 26)]) {
    let day = fixed
    while (isWeekend(day) || days.includes(day)) day = shift(day, 1)
    days.push(day)
  }
  const set = new Set([...days, ...added.filter((d) => d.startsWith(`${year}-`))])
  cache.set(year, set)
  return set
}

export function isWorkingDay(day: string): boolean {
  return !isWeekend(day) && !bankHolidays(Number(day.slice(0, 4))).has(day)
}

/** The working day `n` working days after `day` (before it when `n` is negative); `day` itself is not counted. */
export function addWorkingDays(day: string, n: number): string {
  const step = n < 0 ? -1 : 1
  let left = Math.abs(n)
  let current = day
  while (left > 0) {
    current = shift(current, step)
    if (isWorkingDay(current)) left--
  }
  return current
}

/**
 * Working days after `from` up to and including `to`: how many working days are left from today until a due day.
 * Negative when `to` is before `from`; 0 for the same day.
 */
export function workingDaysBetween(from: string, to: string): number {
  if (to < from) return -workingDaysBetween(to, from)
  // Any seven days in a row hold five weekdays; only the last six or fewer are walked, then each year's weekday bank
  // holidays in the span are taken off. A day-by-day walk did work in proportion to the span, which a typed date
  // stretches to two centuries (issue 14: no user-controlled range may drive unbounded work).
  const weeks = Math.floor(Math.round((toTime(to) - toTime(from)) / DAY_MS) / 7)
  let count = weeks * 5
  for (let day = shift(from, weeks * 7 + 1); day <= to; day = shift(day, 1)) if (!isWeekend(day)) count++
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const holiday of bankHolidays(year)) if (holiday > from && holiday <= to && !isWeekend(holiday)) count--
  }
  return count
}
