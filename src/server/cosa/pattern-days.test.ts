import { describe, expect, it } from 'vitest'
import { firstMeetingDay, skippedMeetingDay } from './pattern-days'

const sundays = { weekday: 7, everyWeeks: 1, startDate: '2027-03-01', plannedEndDate: '2027-04-30' }

describe('the days a pattern gives (issue 16 gap walk)', () => {
  it('the first meeting is the first chosen weekday on or after the from date (gap 4)', () => {
    expect(firstMeetingDay('2026-12-02', 2)).toBe('2026-12-08') // a Wednesday "from", Tuesday meetings
    expect(firstMeetingDay('2026-12-08', 2)).toBe('2026-12-08')
    expect(firstMeetingDay('2026-12-05', 7)).toBe('2026-12-06')
  })
  it('finds the meeting day whose start time the clocks skip (gap 1)', () => {
    expect(skippedMeetingDay({ ...sundays, startTime: '01:30' })).toBe('2027-03-28')
    expect(skippedMeetingDay({ ...sundays, startTime: '01:00' })).toBe('2027-03-28')
    expect(skippedMeetingDay({ ...sundays, startTime: '02:00' })).toBeNull()
    // Fortnightly from 7 March: 7, 21 March, 4 April — the change day is not one of its days.
    expect(skippedMeetingDay({ ...sundays, startDate: '2027-03-07', everyWeeks: 2, startTime: '01:30' })).toBeNull()
    expect(skippedMeetingDay({ ...sundays, weekday: 6, startTime: '01:30' })).toBeNull()
  })
  it('accepts the ambiguous hour when the clocks go back (read as GMT, like every date-time field)', () => {
    expect(skippedMeetingDay({ ...sundays, startDate: '2026-10-01', plannedEndDate: '2026-11-30', startTime: '01:30' })).toBeNull()
  })
})
