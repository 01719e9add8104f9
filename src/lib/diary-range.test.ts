import { describe, expect, it } from 'vitest'
import { diaryDay, diaryRange } from './diary-range'

describe('diary range (London dates)', () => {
  it('runs a week Monday to Sunday and navigates by weeks', () => {
    const week = diaryRange('2026-12-03', 'week')
    expect(week.days).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'])
    expect(week.from.toISOString()).toBe('2026-11-30T00:00:00.000Z')
    expect(week.to.toISOString()).toBe('2026-12-07T00:00:00.000Z')
    expect([week.previous, week.next]).toEqual(['2026-11-26', '2026-12-10'])
    expect(diaryRange('2026-12-06', 'week').days[0]).toBe('2026-11-30')
  })

  it('makes a summer day start at midnight BST and a clock-change day 23 hours long', () => {
    expect(diaryRange('2027-07-01', 'day').from.toISOString()).toBe('2027-06-30T23:00:00.000Z')
    const spring = diaryRange('2027-03-28', 'day')
    expect((spring.to.getTime() - spring.from.getTime()) / 3_600_000).toBe(23)
    expect([spring.previous, spring.next]).toEqual(['2027-03-27', '2027-03-29'])
  })

  it('falls back to today for a missing or impossible date', () => {
    expect(diaryDay('2027-02-30')).not.toBe('2027-02-30')
    expect(diaryDay(undefined)).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(diaryDay('2027-02-28')).toBe('2027-02-28')
  })
})
