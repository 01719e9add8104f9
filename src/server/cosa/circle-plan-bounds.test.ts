import { describe, expect, it } from 'vitest'
import { ZCircleSetup } from './circles.schemas'

// Issue 14 item 2: a typed planned end of 2099 made every pattern check walk seventy years of meeting days.
const setup = { circleId: '00000000-0000-4000-8000-000000000001', version: '1', venue: 'Hall', venueRiskAssessedOn: '2026-01-05', weekday: '1', startTime: '01:30', minutes: '90', everyWeeks: '1', startDate: '2027-01-04' }
const issues = (plannedEndDate: string) => {
  const r = ZCircleSetup.safeParse({ ...setup, plannedEndDate })
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message, i.code === 'custom' ? i.params?.max : undefined])
}

describe('a circle’s planned end (issue 14: no typed range drives unbounded work)', () => {
  it('is at most five years after its start, refused before the meeting days are walked', () => {
    expect(issues('2032-01-04')).toEqual([])
    expect(issues('2032-01-05')).toEqual([['plannedEndDate', 'circlePlanTooLong', 5]])
    expect(issues('2099-12-31')).toEqual([['plannedEndDate', 'circlePlanTooLong', 5]])
  })
})
