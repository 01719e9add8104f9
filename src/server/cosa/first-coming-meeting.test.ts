import { afterEach, describe, expect, it, vi } from 'vitest'
import { firstComingMeetingDay } from './circle-pattern-change'

// Walk 41 F5: a Thursday 19:00 pattern saved at 22:35 on Thursday 3 Dec 2026 was announced as meeting "Thursday,
// 3 Dec 2026", an evening already gone; the rota then booked 10 Dec first.
const pattern = { weekday: 4, startTime: '19:00', everyWeeks: 1, startDate: new Date('2026-12-03T00:00:00Z') }
afterEach(() => vi.useRealTimers())

describe('firstComingMeetingDay', () => {
  it('names the next period once the day’s London start time has passed', () => {
    vi.useFakeTimers({ now: new Date('2026-12-03T22:35:00Z') })
    expect(firstComingMeetingDay(pattern)).toBe('2026-12-10')
    expect(firstComingMeetingDay({ ...pattern, everyWeeks: 2 })).toBe('2026-12-17')
  })

  it('names the day itself while its start is still to come, in London time', () => {
    vi.useFakeTimers({ now: new Date('2026-12-03T18:59:00Z') })
    expect(firstComingMeetingDay(pattern)).toBe('2026-12-03')
    // British Summer Time: 19:00 in London is 18:00 UTC.
    vi.setSystemTime(new Date('2026-06-04T18:30:00Z'))
    expect(firstComingMeetingDay({ ...pattern, startDate: new Date('2026-06-04T00:00:00Z') })).toBe('2026-06-11')
  })
})
