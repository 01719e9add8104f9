import { linesMatching, sourceFiles } from '../../tests/support/source-files'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { afterOn, formatDate, formatDuration, lineStart } from './format-dates'

// Issue 15 item 1: English dates were US style ("Nov 2, 2026", "9:00 AM"); Welsh was already right.
describe('formatDate: British English and Welsh, London time, 24-hour clock', () => {
  const winter = new Date('2026-11-02T09:00:00Z') // 09:00 GMT
  const summerEvening = new Date('2026-07-01T23:30:00Z') // 00:30 on 2 July in London (BST)
  const born = new Date('1961-11-16T00:00:00Z') // a @db.Date value
  it.each([
    ['day', born, '16 Nov 1961', '16 Tach 1961'],
    ['dayLong', born, '16 November 1961', '16 Tachwedd 1961'],
    ['date', winter, '2 Nov 2026', '2 Tach 2026'],
    ['dateLong', summerEvening, '2 July 2026', '2 Gorffennaf 2026'],
    ['dateTime', winter, '2 Nov 2026, 09:00', '2 Tach 2026, 09:00'],
    ['dateTime', summerEvening, '2 Jul 2026, 00:30', '2 Gorff 2026, 00:30'],
    ['time', new Date('2026-11-02T14:05:00Z'), '14:05', '14:05'],
    ['fullDateTime', winter, 'Monday, 2 November 2026 at 09:00', 'dydd Llun, 2 Tachwedd 2026 am 09:00'],
    ['monthYear', born, 'November 1961', 'Tachwedd 1961'],
  ] as const)('%s of %s', (style, value, en, cy) => {
    expect(formatDate(value, style, 'en')).toBe(en)
    expect(formatDate(value, style, 'cy')).toBe(cy)
  })
  it('reads a date-only value in UTC, so a birthday never moves a day', () => {
    expect(formatDate(new Date('2026-07-01T00:00:00Z'), 'day', 'en')).toBe('1 Jul 2026')
  })
})

// Walk 25 D6: "Roedd y rhain yn ddyledus erbyn Dydd Iau, 26 Tachwedd". Welsh writes the weekday in lower case
// mid-sentence, where almost every formatted date lands (inside a message); a date that starts a line, cell or
// heading on its own gets its capital back through lineStart.
describe('Welsh weekdays: "dydd Iau" mid-sentence, "Dydd Iau" at the start of a line', () => {
  const thursday = new Date('2026-11-26T19:00:00Z')
  it.each(['dayFull', 'dayWeekday', 'dateFull', 'fullDateTime', 'weekdayDateTime', 'weekdayTime'] as const)('%s reads "dydd Iau" in Welsh and keeps "Thursday" in English', (style) => {
    expect(formatDate(thursday, style, 'cy')).toMatch(/^dydd Iau,? /)
    expect(formatDate(thursday, style, 'en')).toMatch(/^Thursday,? /)
  })
  it('gives the capital back at the start of a line, in either language', () => {
    expect(lineStart(formatDate(thursday, 'weekdayDateTime', 'cy'))).toBe('Dydd Iau, 26 Tachwedd am 19:00')
    expect(lineStart(formatDate(thursday, 'weekdayDateTime', 'en'))).toBe(formatDate(thursday, 'weekdayDateTime', 'en'))
  })
  it('still softens the weekday after "ar"', () => {
    expect(afterOn(formatDate(thursday, 'dayWeekday', 'cy'), 'cy')).toBe('ddydd Iau, 26 Tach 2026')
  })
})

// Anything outside the module that turns a date into text itself would bring back the runtime's or next-intl's US style.
const MODULE = new Set(['src/lib/format-dates.ts', 'src/lib/dates.ts'])
const FORBIDDEN = [/\.toLocaleDateString\(/, /\.toLocaleTimeString\(/, /\.toLocaleString\(/, /new Intl\.DateTimeFormat\(/, /\.dateTime\(/, /\bcreateFormatter\(/]

// Volunteer hours showed 15 minutes as "0.3 hours" (issue 16, cosa17 item 3): a length of time reads as hours and
// minutes, in the reader's language.
describe('formatDuration: hours and minutes as a coordinator reads them', () => {
  it('gives minutes alone under an hour, hours alone on the hour, and both otherwise', () => {
    expect([15, 0, 60, 90, 225, 720].map((m) => formatDuration(m, 'en'))).toEqual(['15 mins', '0 mins', '1 hr', '1 hr 30 mins', '3 hrs 45 mins', '12 hrs'])
    expect([15, 60, 90].map((m) => formatDuration(m, 'cy'))).toEqual(['15 mun', '1 awr', '1 awr, 30 mun'])
  })

  it('refuses a negative or fractional number of minutes: the caller sums whole minutes', () => {
    expect(() => formatDuration(-5, 'en')).toThrow()
    expect(() => formatDuration(1.5, 'en')).toThrow()
  })
})

describe('one formatting module', () => {
  it('no source file outside src/lib/format-dates.ts formats dates itself', () => {
    const offenders = linesMatching(sourceFiles('src').filter((file) => !MODULE.has(file.split(path.sep).join('/'))), FORBIDDEN)
    expect(offenders).toEqual([])
  })
})
