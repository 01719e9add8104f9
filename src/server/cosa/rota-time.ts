import { TZDate, tzOffset } from '@date-fns/tz'
import { TIME_ZONE } from '../../lib/dates'

// Meetings are stored as UTC instants but every rule a coordinator reasons about (DBS "valid through"
// a date, leave days, "I'm free Tuesdays 18:00–21:00") is London wall time, so each meeting is read
// once into its local date, weekday and minute span and the rules compare against that.

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const HH_MM = /^(\d{2}):(\d{2})$/
const DAY_MS = 86_400_000
export const MINUTES_PER_DAY = 1440

export type LocalSpan = {
  startMs: number
  endMs: number
  /** London calendar date the meeting starts on, `YYYY-MM-DD`. */
  date: string
  /** 1 = Monday … 7 = Sunday, as in the availability windows. */
  weekday: number
  /** Wall-clock minutes after local midnight of `date`; `toMinute` passes 1440 when the meeting runs past midnight. */
  fromMinute: number
  toMinute: number
}

const pad = (n: number) => String(n).padStart(2, '0')

export function parseInstant(value: string): number {
  const ms = INSTANT.test(value) ? Date.parse(value) : Number.NaN
  if (Number.isNaN(ms)) throw new Error(`Not a UTC instant: ${JSON.stringify(value)}`)
  return ms
}

/** Day number since the epoch; date-only arithmetic in UTC is free of clock changes. */
export function dayNumber(date: string): number {
  const m = ISO_DATE.exec(date)
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) throw new Error(`Not an ISO date: ${JSON.stringify(date)}`)
  return ms / DAY_MS
}

export const dateFromDayNumber = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10)

/** ISO weekday of a calendar date: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export const weekdayOfDay = (day: number) => ((((day + 3) % 7) + 7) % 7) + 1

/** 'HH:MM' to minutes; '24:00' is allowed so a window can run to the end of the day. */
export function parseClock(value: string): number {
  const m = HH_MM.exec(value)
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN
  if (!m || Number(m[2]) > 59 || !(minutes <= MINUTES_PER_DAY)) throw new Error(`Not an HH:MM time: ${JSON.stringify(value)}`)
  return minutes
}

export const formatClock = (minutes: number) => `${pad(Math.floor(minutes / 60) % 24)}:${pad(Math.floor(minutes % 60))}`

// Reading the offset goes through Intl and dominated the cost of proposing a term's rota. London's
// clocks only ever change on a whole UTC hour (01:00 UTC), so one lookup per hour is exact.
const HOUR_MS = 3_600_000
const offsetByHour = new Map<number, number>()
function londonOffsetMs(ms: number): number {
  const hour = Math.floor(ms / HOUR_MS)
  let offset = offsetByHour.get(hour)
  if (offset === undefined) {
    if (offsetByHour.size > 100_000) offsetByHour.clear()
    offset = tzOffset(TIME_ZONE, new Date(hour * HOUR_MS)) * 60_000
    offsetByHour.set(hour, offset)
  }
  return offset
}

function localDayAndMinute(ms: number): { day: number; minute: number } {
  const local = ms + londonOffsetMs(ms)
  const day = Math.floor(local / DAY_MS)
  return { day, minute: (local - day * DAY_MS) / 60_000 }
}

export function localSpan(startsAt: string, endsAt: string): LocalSpan {
  const startMs = parseInstant(startsAt)
  const endMs = parseInstant(endsAt)
  if (endMs <= startMs) throw new Error(`Meeting ends before it starts: ${startsAt} – ${endsAt}`)
  const start = localDayAndMinute(startMs)
  const end = localDayAndMinute(endMs)
  return {
    startMs,
    endMs,
    date: dateFromDayNumber(start.day),
    weekday: weekdayOfDay(start.day),
    fromMinute: start.minute,
    // Wall-clock difference, not elapsed time: a 90-minute meeting over the October change still ends at the displayed time.
    toMinute: (end.day - start.day) * MINUTES_PER_DAY + end.minute,
  }
}

/**
 * A London wall-clock time on a date as a UTC instant. A time inside the March gap (01:00–02:00)
 * does not exist; TZDate moves it forward by the hour, which is what a clock on the wall would show.
 */
export function londonInstant(date: string, clock: string): number {
  const day = dayNumber(date)
  const minutes = parseClock(clock)
  const d = new Date(day * DAY_MS)
  return new TZDate(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), Math.floor(minutes / 60), minutes % 60, TIME_ZONE).getTime()
}
