import { describe, expect, it } from 'vitest'
import { dateToLondonLocal, formatLondonDateTime, formatLondonTime, formatLondonWeekday, londonDay, londonLocalProblem, londonLocalToDate, todayInLondon } from './dates'

describe('London wall time', () => {
  it('reads winter times as GMT and summer times as BST', () => {
    expect(londonLocalToDate('2026-01-15T10:00')?.toISOString()).toBe('2026-01-15T10:00:00.000Z')
    expect(londonLocalToDate('2026-07-15T10:00')?.toISOString()).toBe('2026-07-15T09:00:00.000Z')
  })
  it('round-trips', () => {
    expect(dateToLondonLocal(new Date('2026-07-15T09:00:00Z'))).toBe('2026-07-15T10:00')
  })
  it('rejects impossible and malformed values', () => {
    expect(londonLocalToDate('2026-02-30T10:00')).toBeNull()
    expect(londonLocalToDate('15/01/2026 10:00')).toBeNull()
    expect(londonLocalToDate('')).toBeNull()
    expect(londonLocalToDate('2026-01-15T10:00:60')).toBeNull()
    expect(londonLocalToDate('2026-01-15T10:00:5')).toBeNull()
  })
  it('says an hour or minute past the clock is not a real time, not a time the clocks skip (break 57 F4)', () => {
    for (const v of ['2026-01-15T24:00', '2026-01-15T25:00', '2026-01-15T10:75']) expect(londonLocalProblem(v)).toBe('invalidDateTime')
  })
  // Break 56 F4: a datetime-local value may carry seconds; times are kept to the minute.
  it('reads a value with seconds or milliseconds to its minute', () => {
    expect(londonLocalToDate('2026-07-15T10:00:00')?.toISOString()).toBe('2026-07-15T09:00:00.000Z')
    expect(londonLocalToDate('2026-01-15T10:00:45.250')?.toISOString()).toBe('2026-01-15T10:00:00.000Z')
  })
})

describe('formatting for readers (en-GB and Welsh, London time, 24-hour)', () => {
  it('writes dates the British way and times on the 24-hour London clock', () => {
    const summer = new Date('2026-07-02T08:05:00Z')
    expect(formatLondonTime(summer, 'en')).toBe('09:05')
    expect(formatLondonTime(new Date('2026-11-02T14:00:00Z'), 'cy')).toBe('14:00')
    expect(formatLondonDateTime(new Date('2026-11-02T09:00:00Z'), 'en')).toBe('2 Nov 2026, 09:00')
    expect(formatLondonDateTime(new Date('2026-11-02T09:00:00Z'), 'cy')).toMatch(/^2 Tach 2026/)
    expect(formatLondonWeekday('2026-11-02', 'en')).toMatch(/^Monday,? 2 Nov 2026$/)
    expect(formatLondonWeekday('2026-11-02', 'cy')).toMatch(/^dydd Llun,? 2 Tach 2026$/)
  })
})

describe('London times the clocks skip (issues 13 and 15)', () => {
  it('says a time in the spring-forward gap does not exist instead of moving it an hour', async () => {
    const { londonLocalProblem, londonLocalToDate } = await import('./dates')
    expect(londonLocalProblem('2026-03-29T01:30')).toBe('timeNotInLondon')
    expect(londonLocalToDate('2026-03-29T01:30')).toBeNull()
    expect(londonLocalProblem('2026-03-29T00:59')).toBeNull()
    expect(londonLocalProblem('2026-03-29T02:00')).toBeNull()
    // The autumn hour happens twice: both are real times.
    expect(londonLocalProblem('2026-10-25T01:30')).toBeNull()
    expect(londonLocalProblem('2026-02-30T10:00')).toBe('invalidDateTime')
    expect(londonLocalProblem('not a time')).toBe('invalidDateTime')
  })
})

describe("an instant's London calendar day", () => {
  it('is the London date either side of midnight and of both clock changes, as YYYY-MM-DD', () => {
    expect(londonDay(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-28') // GMT
    expect(londonDay(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01') // BST: already tomorrow in London
    expect(londonDay(new Date('2026-10-24T23:30:00Z'))).toBe('2026-10-25')
    expect(londonDay(new Date('2026-10-25T23:30:00Z'))).toBe('2026-10-25') // GMT again
    // The same text as the per-call formatter it replaced (issue 18), every half hour through a year.
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 30 * 60_000) {
      const d = new Date(t)
      if (londonDay(d) !== d.toLocaleDateString('en-CA', { timeZone: 'Europe/London' })) expect(londonDay(d)).toBe(d.toISOString())
    }
    expect(todayInLondon()).toBe(new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' }))
  })
})
