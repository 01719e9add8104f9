import { describe, expect, it } from 'vitest'
import type { IomCohortCounts } from './iom-cost-query'
import { iomCostTable } from './iom-cost-table'
import { recoverable } from '../../lib/outcomes/linked-suppression'

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

  it('holds across cohorts, strands and the total: a strand withheld as a partner is not the sum of shown cohorts (issue 14 break test)', () => {
    // FLEX has one cohort of 3 (withheld); FIXED, its partner among the strands, is 40 from cohorts of 20 and 20. Each
    // table on its own shows both FIXED cohorts, so FIXED = 20 + 20 and FLEX = total − FIXED = 3.
    const table = iomCostTable([cohort('a', 'FIXED', { members: 20 }), cohort('b', 'FIXED', { members: 20 }), cohort('c', 'FLEX', { members: 3 })])
    const figures = [table.total, ...table.strands.map((s) => s.total), ...table.strands.flatMap((s) => s.cohorts.map((c) => c.measures))].map((m) => m.members!)
    // total 0 = FIXED 1 + FLEX 2; FIXED 1 = a 3 + b 4; FLEX 2 = c 5.
    expect(recoverable(figures, [[0, 1, 2], [1, 3, 4], [2, 5]])).toEqual([])
    expect(table.strands[1]!.cohorts[0]!.measures.members!.value).toBeNull()
  })

  it('withholds a mean cost that the total mean less the other strands would give back (cost of crime, issue 14 break test)', () => {
    // FLEX: 8 followed up (no mean on a base under 10). FIXED: 20 followed up, mean shown; the total over 28 is shown.
    // Then FLEX's cost = 28 × total mean − 20 × FIXED mean, and its mean on 8 follows: FIXED's mean must go too.
    const table = iomCostTable([
      cohort('a', 'FIXED', { members: 20, followedUp: 20, costBefore: 2_000_000 }),
      cohort('c', 'FLEX', { members: 8, followedUp: 8, costBefore: 1_600_000 }),
    ])
    expect(table.strands[1]!.total.costBeforeMean!.value).toBeNull()
    expect(table.total.costBeforeMean!.value === null || table.strands[0]!.total.costBeforeMean!.value === null).toBe(true)
  })
})

