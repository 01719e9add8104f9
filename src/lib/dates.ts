import { TZDate } from '@date-fns/tz'
import { formatDate, TIME_ZONE } from './format-dates'

// Everything users type or read is Europe/London wall time (issue: "Dates and times are Europe/London").
// Formatting for readers lives in format-dates.ts (issue 15 item 1); it is re-exported here so `@/lib/dates` stays the one door.
export { dateFormatter, formatDate, TIME_ZONE, type DateStyle, type FormatDate } from './format-dates'

/** A London clock time, 24-hour: "09:00". `locale` is the reader's ('en' or 'cy'). */
export const formatLondonTime = (d: Date, locale: string) => formatDate(d, 'time', locale)

/** A London date and time: "2 Nov 2026, 09:00" (Welsh: "2 Tach 2026, 09:00"). */
export const formatLondonDateTime = (d: Date, locale: string) => formatDate(d, 'dateTime', locale)

/** A London calendar day (`YYYY-MM-DD`) with its weekday: "Monday, 2 Nov 2026" (Welsh, mid-sentence: "dydd Llun, 2 Tach 2026"; lineStart for a heading). */
export const formatLondonWeekday = (day: string, locale: string) => formatDate(new Date(`${day}T12:00:00Z`), 'dayWeekday', locale)

// A datetime-local value may carry seconds and milliseconds (a browser, autofill or a `step` below a minute sends
// them: break 56 F4); Llwybr keeps times to the minute, so they are read and dropped.
/** The first and last calendar days a form accepts (London dates as YYYY-MM-DD), for dates and date-times alike. */
export const EARLIEST_DAY = '1900-01-01'
export const LATEST_DAY = '2099-12-31'

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d{1,3})?)?$/

/** `2026-03-29T01:30` typed into a datetime-local field (seconds, if sent, dropped), read as London time, to a UTC instant. */
export function londonLocalToDate(value: string): Date | null {
  return londonLocalProblem(value) ? null : toInstant(value)
}

function toInstant(value: string): Date | null {
  const m = LOCAL.exec(value)
  if (!m) return null
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number]
  const date = new TZDate(y, mo - 1, d, h, mi, TIME_ZONE)
  return Number.isNaN(date.getTime()) || date.getMonth() !== mo - 1 ? null : new Date(date.getTime())
}

/**
 * Why a datetime-local value is not a London wall time: not a real date and time, or a time the clocks skip (01:00 to
 * 01:59 on the last Sunday of March, which would otherwise be stored an hour later; issues 13 and 15). Null when fine.
 */
export function londonLocalProblem(value: string): 'invalidDateTime' | 'timeNotInLondon' | null {
  const at = toInstant(value)
  if (!at) return 'invalidDateTime'
  return dateToLondonLocal(at) === value.slice(0, 16) ? null : 'timeNotInLondon'
}

/** A UTC instant as the value of a datetime-local field in London time. */
export function dateToLondonLocal(date: Date): string {
  const z = new TZDate(date.getTime(), TIME_ZONE)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}T${pad(z.getHours())}:${pad(z.getMinutes())}`
}

// `en-CA` writes a date as YYYY-MM-DD. Made once: `toLocaleDateString` with options builds a new formatter on every
// call, which was 4% of the officer's home page's CPU under load (issue 18, s22 profile: a clock per referral and task).
const londonCalendar = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE })

/** Today's calendar date in London as `YYYY-MM-DD` (date fields compare against this, not UTC's date). */
export const todayInLondon = () => londonCalendar.format(new Date())

/** The London calendar date of an instant, as `YYYY-MM-DD` (a meeting at 00:30 BST belongs to that day, not UTC's). */
export const londonDay = (d: Date) => londonCalendar.format(d)

/** An instant's London calendar date as a date-only value (midnight UTC), the form `@db.Date` columns hold. */
export const londonDateOf = (d: Date) => new Date(`${londonDay(d)}T00:00:00Z`)

/** Today in London as a date-only value (midnight UTC), the form `@db.Date` columns are stored and compared in. */
export const londonToday = () => londonDateOf(new Date())

/** Midnight in London at the start of a `YYYY-MM-DD` calendar day, as an instant (plusDays moves whole London days). */
export function londonMidnight(day: string, plusDays = 0): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(new TZDate(y, m - 1, d + plusDays, 0, 0, TIME_ZONE).getTime())
}

/** A London calendar date written out in English or Welsh ("2 November 2026", "2 Tachwedd 2026"), e.g. for letters. */
export const formatLondonDate = (d: Date, locale: 'en' | 'cy') => formatDate(d, 'dateLong', locale)

/** A date-only value as `@db.Date` columns hold it (midnight UTC), as its `YYYY-MM-DD` calendar date. */
export const dateOnly = (d: Date) => d.toISOString().slice(0, 10)
