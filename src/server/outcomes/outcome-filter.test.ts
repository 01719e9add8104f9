import { describe, expect, it, vi } from 'vitest'
import { ZodError } from 'zod'
import { areaIssues, breakdownChoices, breakdowns, ZOutcomeFilter } from './outcome-filter'

// The filter's bounds depend on today; 1 December 2026 is in 2026-Q4.
vi.mock('../../lib/dates', async (original) => ({ ...(await original<typeof import('../../lib/dates')>()), todayInLondon: () => '2026-12-01' }))

const issues = (input: unknown) => {
  const result = ZOutcomeFilter.safeParse(input)
  if (result.success) return []
  expect(result.error).toBeInstanceOf(ZodError)
  return result.error.issues.map((i) => [i.path.join('.'), i.message])
}

describe('the outcome filter’s bounds (issue 14: hostile quarter ranges took a server down)', () => {
  it('refuses quarters before 2000 or after the current quarter, and years a quarter cannot have', () => {
    expect(issues({ from: '0000-Q1', to: '2026-Q4' })).toContainEqual(['from', 'quarterOutOfRange'])
    expect(issues({ from: '0001-Q1', to: '9999-Q4' })).toEqual([['from', 'quarterOutOfRange'], ['to', 'quarterOutOfRange']])
    expect(issues({ from: '1999-Q4', to: '2000-Q2' })).toEqual([['from', 'quarterOutOfRange']])
    expect(issues({ from: '2026-Q4', to: '2027-Q1' })).toEqual([['to', 'quarterOutOfRange']])
    expect(issues({ from: '10000-Q1', to: '10000-Q2' })).toEqual([['from', 'invalidQuarter'], ['to', 'invalidQuarter']])
    expect(issues({ from: '1-Q2' })).toEqual([['from', 'invalidQuarter']])
  })

  it('refuses a range of more than 40 quarters, whichever end is left to its default', () => {
    expect(issues({ from: '2016-Q4', to: '2026-Q3' })).toEqual([])
    expect(issues({ from: '2016-Q4', to: '2026-Q4' })).toEqual([['to', 'quarterRangeTooLong']])
    expect(issues({ from: '2000-Q1' })).toEqual([['from', 'quarterRangeTooLong']])
    expect(issues({ to: '2000-Q1' })).toEqual([['to', 'quarterRangeOrder']])
  })

  it('keeps the default of the last 8 quarters and refuses unknown choices', () => {
    expect(ZOutcomeFilter.parse({})).toMatchObject({ from: '2025-Q1', to: '2026-Q4', by: 'none' })
    expect(issues({ by: 'everything' })).toEqual([['by', 'chooseOption']])
    expect(issues({ group: 'x'.repeat(10_000) })).toEqual([['group', 'chooseOption']])
    expect(issues({ region: 'MARS', lduId: 'nope' })).toEqual([['region', 'chooseOption'], ['lduId', 'chooseOption']])
  })
})

describe('breakdownChoices', () => {
  // Walk 28 D3: a senior, whose LDU is fixed on every view, was offered region, LDU and local authority, each refused.
  it('offers a lead with a fixed area only breakdowns the area rule accepts, and everyone else every breakdown', () => {
    for (const by of breakdownChoices(true)) expect(areaIssues({ lduId: 'their-ldu', by })).toEqual([])
    expect(breakdownChoices(true)).not.toContain('ldu')
    expect(breakdownChoices(false)).toEqual(breakdowns)
  })
})
