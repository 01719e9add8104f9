import { describe, expect, it } from 'vitest'
import { isBeforeStart, recordsFrom } from './circle-dates'

const d = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe('a circle’s dates (issue 16 item 11)', () => {
  it('dates records from the day it started, not its first meeting', () => {
    const circle = { startedOn: d('2026-11-30'), startDate: d('2026-12-29') }
    expect(recordsFrom(circle)).toEqual(d('2026-11-30'))
    expect(isBeforeStart(circle, d('2026-11-30'))).toBe(false)
    expect(isBeforeStart(circle, d('2026-12-01'))).toBe(false)
    expect(isBeforeStart(circle, d('2026-11-29'))).toBe(true)
  })

  it('falls back to the first meeting for a circle whose start was never recorded, and to nothing before it starts', () => {
    expect(isBeforeStart({ startedOn: null, startDate: d('2026-01-05') }, d('2026-01-04'))).toBe(true)
    expect(isBeforeStart({ startedOn: null, startDate: null }, d('2020-01-01'))).toBe(false)
  })
})
