import { describe, expect, it } from 'vitest'
import { linesMatching, sourceFiles } from '../../tests/support/source-files'
import { ZBeginEnding } from './cosa/circle-life.schemas'
import { isoDay } from './zod-dates'

// Break test of issue 16: the year 0000 reached PostgreSQL as a server error, the year 9999 was stored.
describe('typed calendar days', () => {
  it('are real dates from 1900 to 2099', () => {
    const key = (v: string) => {
      const r = isoDay().safeParse(v)
      return r.success ? 'ok' : r.error.issues.map((i) => i.message)
    }
    expect([key('0000-01-01'), key('1899-12-31'), key('1900-01-01'), key('2099-12-31'), key('2100-01-01'), key('9999-12-31'), key('2026-02-30')]).toEqual([
      ['dateOutOfRange'], ['dateOutOfRange'], 'ok', 'ok', ['dateOutOfRange'], ['dateOutOfRange'], ['invalidDate'],
    ])
  })

  // Re-check of issue 16, D8: an empty "Ending phase starts on" said "Enter a real date Enter a date between 1900 and 2099".
  it('left empty get the one message "Enter the date", not two contradictory ones', () => {
    for (const v of ['', undefined]) expect(isoDay().safeParse(v).error?.issues.map((i) => i.message)).toEqual(['dateRequired'])
    expect(isoDay().refine(() => false, 'notInPast').safeParse('').error?.issues.map((i) => i.message)).toEqual(['dateRequired'])
    const ending = ZBeginEnding.safeParse({ circleId: '00000000-0000-4000-8000-000000000000', version: '1', endingReason: 'Moving away', endingFrom: '' })
    expect(ending.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['endingFrom', 'dateRequired']])
    expect(isoDay().refine(() => false, 'notInPast').safeParse('2026-02-30').error?.issues.map((i) => i.message)).toEqual(['invalidDate'])
  })

  it('are read through isoDay() everywhere, never z.iso.date directly', () => {
    expect(linesMatching(sourceFiles('src').filter((f) => !f.endsWith('zod-dates.ts')), [/z\.iso\.date\(/, /z\.iso\s*$/])).toEqual([])
  })
})
