import { describe, expect, it } from 'vitest'
import { meetingStage } from './meeting-stage'

const at = new Date('2026-12-01T11:02:00Z')
const open = { status: 'PUBLISHED' as const, statementAt: null, endedAt: null, recordedItems: 0 }

// Walk-through D3 of issue 16: a held meeting is named "held" wherever its stage is shown, whatever its agenda's status.
describe('meetingStage', () => {
  it('is held once the statement is read, a nominal recorded or the close recorded, until the minutes are approved', () => {
    expect(meetingStage(open)).toBe('PUBLISHED')
    expect(meetingStage({ ...open, status: 'SCHEDULED' })).toBe('SCHEDULED')
    expect(meetingStage({ ...open, statementAt: at })).toBe('HELD')
    expect(meetingStage({ ...open, recordedItems: 1 })).toBe('HELD')
    expect(meetingStage({ ...open, status: 'SCHEDULED', endedAt: at })).toBe('HELD')
    expect(meetingStage({ ...open, status: 'FINALISED', statementAt: at, endedAt: at, recordedItems: 3 })).toBe('FINALISED')
    expect(meetingStage({ ...open, status: 'CANCELLED' })).toBe('CANCELLED')
  })
})
