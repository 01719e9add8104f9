import { describe, expect, it } from 'vitest'
import { refreshDueBy } from './refresh-due'

describe('the refresh the outcome figures should have had (issue 14 "figures as at")', () => {
  it('is last night\'s 02:15 London time once an hour has passed since it', () => {
    expect(refreshDueBy(new Date('2026-12-01T10:00:00Z')).toISOString()).toBe('2026-12-01T02:15:00.000Z')
    expect(refreshDueBy(new Date('2026-12-01T03:15:00Z')).toISOString()).toBe('2026-12-01T02:15:00.000Z')
  })

  it('is the night before while tonight\'s run still has time to finish', () => {
    expect(refreshDueBy(new Date('2026-12-01T03:14:00Z')).toISOString()).toBe('2026-11-30T02:15:00.000Z')
    expect(refreshDueBy(new Date('2026-12-01T01:00:00Z')).toISOString()).toBe('2026-11-30T02:15:00.000Z')
  })

  it('follows London summer time: 02:15 BST is 01:15 UTC', () => {
    expect(refreshDueBy(new Date('2026-07-01T10:00:00Z')).toISOString()).toBe('2026-07-01T01:15:00.000Z')
  })
})
