import { describe, expect, it } from 'vitest'
import { defaultHappenedAt, hasMeetingBegun, meetingRunsFrom } from './meeting-start'

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

describe('the time a run-page form offers for when something happened (issue 16 walk-through item 2)', () => {
  const startsAt = new Date('2026-12-01T10:00:00Z')
  const at = (iso: string, endedAt: Date | null = null) => defaultHappenedAt({ startsAt, endedAt }, new Date(iso)).toISOString()
  it('is now while the meeting is in progress, and the set-up margin at the earliest', () => {
    expect(at('2026-12-01T10:20:00Z')).toBe('2026-12-01T10:20:00.000Z')
    expect(at('2026-12-01T12:00:00Z')).toBe('2026-12-01T12:00:00.000Z')
    expect(at('2026-12-01T09:10:00Z')).toBe('2026-12-01T09:30:00.000Z')
  })
  it('is the start for a meeting whose start is more than its length ago (typed up later from paper)', () => {
    expect(at('2026-12-01T12:01:00Z')).toBe('2026-12-01T10:00:00.000Z')
    expect(at('2026-12-02T04:28:00Z')).toBe('2026-12-01T10:00:00.000Z')
    expect(at('2026-12-01T11:31:00Z', new Date('2026-12-01T11:30:00Z'))).toBe('2026-12-01T10:00:00.000Z')
  })
})
