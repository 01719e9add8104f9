import { describe, expect, it } from 'vitest'
import { subjectAccessDueOn } from './subject-access-due'

describe('subject access due date (one calendar month, ICO)', () => {
  it('is the corresponding date of the next month', () => {
    expect(subjectAccessDueOn('2026-11-02')).toBe('2026-12-02')
    expect(subjectAccessDueOn('2026-12-15')).toBe('2027-01-15')
  })
  it('is the last day of the next month when it has no corresponding date', () => {
    expect(subjectAccessDueOn('2027-01-31')).toBe('2027-02-28')
    expect(subjectAccessDueOn('2028-01-30')).toBe('2028-02-29')
    expect(subjectAccessDueOn('2026-08-31')).toBe('2026-09-30')
  })
})
