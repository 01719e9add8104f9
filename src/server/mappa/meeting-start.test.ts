import { describe, expect, it } from 'vitest'
import { hasMeetingBegun, meetingRunsFrom } from './meeting-start'

describe('when a MAPPA meeting may be run (issue 16, MAPPA gaps item 1)', () => {
  const start = new Date('2026-12-01T10:00:00Z')
  it('opens 30 minutes before the scheduled start, not a minute earlier', () => {
    expect(meetingRunsFrom(start).toISOString()).toBe('2026-12-01T09:30:00.000Z')
    expect(hasMeetingBegun(start, new Date('2026-12-01T09:29:59Z'))).toBe(false)
    expect(hasMeetingBegun(start, new Date('2026-12-01T09:30:00Z'))).toBe(true)
    expect(hasMeetingBegun(start, new Date('2026-12-02T09:00:00Z'))).toBe(true)
  })
  it('a meeting next week cannot be run today', () => {
    expect(hasMeetingBegun(start, new Date('2026-11-24T10:00:00Z'))).toBe(false)
  })
})
