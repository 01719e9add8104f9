// Calendar quarters of London dates: the period a proven reoffending cohort is drawn from (MoJ "Proven reoffending
// statistics: definitions and measurement", quarterly cohorts since the October 2017 publication).

/** A calendar quarter written as `2025-Q3`. */
export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`

const QUARTER = /^(\d{4})-Q([1-4])$/

/** Whether a string is a quarter such as `2025-Q3`. */
export const isQuarter = (value: string): value is Quarter => QUARTER.test(value)

function parts(quarter: Quarter): { year: number; q: number } {
  const m = QUARTER.exec(quarter)
  if (!m) throw new RangeError(`not a quarter: ${quarter}`)
  return { year: Number(m[1]), q: Number(m[2]) }
}

const pad = (n: number) => String(n).padStart(2, '0')

// A quarter from its index (year × 4 + quarter − 1), its year written with four digits as QUARTER requires: year 1's
// second quarter is `0001-Q2`, not `1-Q2` (issue 14: the short form was thrown back as "not a quarter").
const fromIndex = (index: number) => `${String(Math.floor(index / 4)).padStart(4, '0')}-Q${(index % 4) + 1}` as Quarter

const indexOf = (quarter: Quarter) => {
  const { year, q } = parts(quarter)
  return year * 4 + (q - 1)
}

/** How many quarters `from` to `to` holds, both included; 0 when `to` is before `from`. Throws RangeError on a non-quarter. */
export const quarterCount = (from: Quarter, to: Quarter) => Math.max(0, indexOf(to) - indexOf(from) + 1)

/** The year of a quarter. Throws RangeError on a non-quarter. */
export const quarterYear = (quarter: Quarter) => parts(quarter).year

/** The first London date of a quarter, `YYYY-MM-DD`. */
export function quarterStart(quarter: Quarter): string {
  const { year, q } = parts(quarter)
  return `${String(year).padStart(4, '0')}-${pad((q - 1) * 3 + 1)}-01`
}

/** The quarter after this one. */
export const nextQuarter = (quarter: Quarter): Quarter => fromIndex(indexOf(quarter) + 1)

/** The quarter a London date (`YYYY-MM-DD`) falls in. */
export function quarterOf(day: string): Quarter {
  const [year, month] = day.split('-').map(Number) as [number, number]
  return fromIndex(year * 4 + Math.floor((month - 1) / 3))
}

/** The first London date after a quarter (its exclusive end), `YYYY-MM-DD`. */
export const quarterEnd = (quarter: Quarter) => quarterStart(nextQuarter(quarter))

/** `from` to `to` inclusive, oldest first; empty when `to` is before `from`. */
export function quartersBetween(from: Quarter, to: Quarter): Quarter[] {
  const out: Quarter[] = []
  for (let q = from; quarterStart(q) <= quarterStart(to); q = nextQuarter(q)) out.push(q)
  return out
}

/** The `count` quarters ending with the one `today` (London `YYYY-MM-DD`) is in, oldest first. */
export function lastQuarters(today: string, count: number): Quarter[] {
  return quartersBetween(fromIndex(indexOf(quarterOf(today)) - (count - 1)), quarterOf(today))
}

/** `YYYY-MM-DD` plus whole calendar months, clamped to the month's last day as PostgreSQL's `+ interval` does. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const index = y * 12 + (m - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`
}

/** Months of follow-up in which a reoffence must be committed, and of waiting for it to be proven (MoJ definition). */
export const FOLLOW_UP_MONTHS = 12
export const WAITING_MONTHS = 6

/**
 * Whether a quarter's figures are still interim on `today` (London `YYYY-MM-DD`): someone who started on its last
 * day has not yet had 12 months of follow-up and 6 of waiting, so later convictions could still raise its rate.
 */
export const isInterim = (quarter: Quarter, today: string) => addMonths(quarterEnd(quarter), FOLLOW_UP_MONTHS + WAITING_MONTHS) > today

/**
 * The values a message naming a span of quarters takes: { from, to, same: 'yes' | 'no' }, so one quarter reads
 * "2026-Q4", not "2026-Q4 to 2026-Q4" (walk 37 O8d). Input: the first and last quarter, as shown.
 */
export const quarterSpan = (from: string, to: string) => ({ from, to, same: from === to ? 'yes' : 'no' })
