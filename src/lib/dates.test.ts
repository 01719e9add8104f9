import { describe, expect, it } from 'vitest'
import { dateToLondonLocal, londonLocalToDate } from './dates'

describe('London wall time', () => {
  it('reads winter times as GMT and summer times as BST', () => {
    expect(londonLocalToDate('2026-01-15T10:00')?.toISOString()).toBe('2026-01-15T10:00:00.000Z')
    expect(londonLocalToDate('2026-07-15T10:00')?.toISOString()).toBe('2026-07-15T09:00:00.000Z')
  })
  it('round-trips', () => {
    expect(dateToLondonLocal(new Date('2026-07-15T09:00:00Z'))).toBe('2026-07-15T10:00')
  })
  it('rejects impossible and malformed values', () => {
    expect(londonLocalToDate('2026-02-30T10:00')).toBeNull()
    expect(londonLocalToDate('15/01/2026 10:00')).toBeNull()
    expect(londonLocalToDate('')).toBeNull()
  })
})
