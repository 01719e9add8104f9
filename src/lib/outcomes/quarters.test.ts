import { describe, expect, it } from 'vitest'
import { addMonths, isInterim, lastQuarters, nextQuarter, quarterCount, quarterEnd, quarterOf, quarterStart, quartersBetween } from './quarters'

describe('quarters of London dates', () => {
  it('knows each quarter’s first day, exclusive end and the quarter of a day', () => {
    expect(quarterStart('2025-Q1')).toBe('2025-01-01')
    expect(quarterEnd('2025-Q4')).toBe('2026-01-01')
    expect(quarterOf('2025-03-31')).toBe('2025-Q1')
    expect(quarterOf('2025-04-01')).toBe('2025-Q2')
    expect(quarterOf('2025-12-31')).toBe('2025-Q4')
  })

  it('lists quarters across a year end, oldest first', () => {
    expect(quartersBetween('2024-Q3', '2025-Q2')).toEqual(['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2'])
    expect(lastQuarters('2026-11-30', 8)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'])
    expect(quartersBetween('2025-Q2', '2025-Q1')).toEqual([])
  })

  it('adds months the way PostgreSQL does, clamping to the last day of the month', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28')
    expect(addMonths('2025-08-31', 18)).toBe('2027-02-28')
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15')
  })

  it('labels a quarter interim until 18 months after its last day', () => {
    // 2025-Q1's last start is 31 March 2025: follow-up to 31 March 2026, waiting to 30 September 2026.
    expect(isInterim('2025-Q1', '2026-09-30')).toBe(true)
    expect(isInterim('2025-Q1', '2026-10-01')).toBe(false)
    expect(isInterim('2025-Q2', '2026-11-30')).toBe(true)
  })
})

describe('quarters of early years (issue 14: `1-Q2` was made from `0001-Q1`)', () => {
  it('writes every year with four digits, so the next quarter is still a quarter', () => {
    expect(nextQuarter('0001-Q1')).toBe('0001-Q2')
    expect(nextQuarter('0999-Q4')).toBe('1000-Q1')
    expect(lastQuarters('0002-02-01', 3)).toEqual(['0001-Q3', '0001-Q4', '0002-Q1'])
  })

  it('counts the quarters from one to another, both included', () => {
    expect(quarterCount('2025-Q1', '2026-Q4')).toBe(8)
    expect(quarterCount('2025-Q2', '2025-Q1')).toBe(0)
  })
})
