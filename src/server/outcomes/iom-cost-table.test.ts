import { describe, expect, it } from 'vitest'
import type { IomCohortCounts } from './iom-cost-query'
import { iomCostTable } from './iom-cost-table'

const cohort = (cohortId: string, strand: 'FIXED' | 'FLEX', values: Partial<Record<string, number>>): IomCohortCounts => ({
  cohortId, name: cohortId, nameCy: null, strand,
  values: { members: 0, followedUp: 0, reoffenders: 0, offencesBefore: 0, offencesAfter: 0, costBefore: 0, costAfter: 0, uncosted: 0, ...values },
})

describe('the IOM cost-of-crime table (issue 14 item B)', () => {
  it('shows the mean cost per followed-up member before and after, on a base of 10', () => {
    const table = iomCostTable([cohort('a', 'FIXED', { members: 15, followedUp: 10, reoffenders: 5, offencesBefore: 40, offencesAfter: 20, costBefore: 23_720_000, costAfter: 11_860_000 })])
    expect(table.total.costBeforeMean).toEqual({ value: 2_372_000, suppressed: false })
    expect(table.total.costAfterMean).toEqual({ value: 1_186_000, suppressed: false })
    expect(table.total.reoffendersRate).toEqual({ value: 0.5, suppressed: false })
    expect(table.strands[0]!.total.members).toEqual({ value: 15, suppressed: false })
  })

  it('withholds a small cohort and, within its strand, the next smallest, so the strand total cannot give it away', () => {
    const table = iomCostTable([cohort('a', 'FIXED', { members: 3 }), cohort('b', 'FIXED', { members: 8 }), cohort('c', 'FIXED', { members: 20 }), cohort('d', 'FLEX', { members: 7 })])
    expect(table.strands[0]!.cohorts.map((c) => c.measures.members!.value)).toEqual([null, null, 20])
    expect(table.strands[0]!.total.members!.value).toBe(31)
    expect(table.strands[1]!.total.members!.value).toBe(7)
    expect(table.total.costBeforeMean!.value).toBeNull() // no one followed up
  })
})
