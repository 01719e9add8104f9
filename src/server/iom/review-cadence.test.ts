import { describe, expect, it } from 'vitest'
import { addWeeks, monthsBefore, reviewState, yearsBefore } from './review-cadence'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)

describe('review cadence dates', () => {
  it('steps back whole months, clamping to the end of a shorter month', () => {
    expect(monthsBefore(day('2026-05-15'), 12)).toEqual(day('2025-05-15'))
    expect(monthsBefore(day('2026-03-31'), 1)).toEqual(day('2026-02-28'))
    expect(monthsBefore(day('2024-03-31'), 1)).toEqual(day('2024-02-29'))
    expect(monthsBefore(day('2026-01-10'), 13)).toEqual(day('2024-12-10'))
    expect(yearsBefore(day('2026-11-23'), 18)).toEqual(day('2008-11-23'))
  })

  it('adds the cadence in weeks, across the clocks changing', () => {
    expect(addWeeks(day('2026-03-20'), 4)).toEqual(day('2026-04-17'))
    expect(addWeeks(day('2026-10-20'), 1)).toEqual(day('2026-10-27'))
  })

  it('says how overdue a review is, or how long until it', () => {
    expect(reviewState(day('2026-11-20'), day('2026-11-23'))).toEqual({ overdue: true, days: 3 })
    expect(reviewState(day('2026-11-23'), day('2026-11-23'))).toEqual({ overdue: false, days: 0 })
    expect(reviewState(day('2026-12-01'), day('2026-11-23'))).toEqual({ overdue: false, days: 8 })
  })
})
