import { describe, expect, it } from 'vitest'
import { pathwayTable } from './pathway-table'

const row = (key: string, values: Record<string, number>) => ({ quarter: 'all', key, values })

describe('the pathway table’s disclosure control (issue 14 item 3, hand-worked)', () => {
  it('lists all nine pathways, sums the referral figures into the total, and never totals people with a need', () => {
    const t = pathwayTable([
      row('ACCOMMODATION', { peopleWithNeed: 12, referrals: 20, assessedInTime: 15, assessed: 18, carePlanInTime: 12, withOutcome: 12, achieved: 6 }),
      row('HEALTH', { peopleWithNeed: 3, referrals: 10, assessedInTime: 10, assessed: 10, carePlanInTime: 5, withOutcome: 0, achieved: 0 }),
    ])
    expect(t.rows.map((r) => r.pathway)).toHaveLength(9)
    expect(t.rows[0]!.measures).toMatchObject({ peopleWithNeed: { value: 12 }, referrals: { value: 20 }, assessedInTime: { value: 15 }, assessedInTimeRate: { value: 0.75 }, achieved: { value: 6 }, achievedRate: { value: 0.5 } })
    // 6 achieved of 12 with an outcome: neither 6 nor the 6 not achieved is small. 3 people with a need: withheld, but no partner is hidden for it (people are not parts of a total).
    expect(t.rows[2]!.measures.peopleWithNeed).toEqual({ value: null, suppressed: 'small' })
    expect(t.rows[0]!.measures.peopleWithNeed).toEqual({ value: 12, suppressed: false })
    // All 10 health referrals assessed in time: the 0 not in time would show, so fine; 0 with an outcome shows 0.
    expect(t.rows[2]!.measures.assessedInTime).toEqual({ value: 10, suppressed: false })
    expect(t.rows[2]!.measures.withOutcome).toEqual({ value: 0, suppressed: false })
    expect(t.total).toMatchObject({ referrals: { value: 30 }, assessedInTime: { value: 25 }, assessed: { value: 28 }, carePlanInTime: { value: 17 }, withOutcome: { value: 12 }, achieved: { value: 6 } })
    expect(t.total.peopleWithNeed).toBeUndefined()
    // Sum of parts = total, pathway by pathway.
    expect(t.rows.reduce((n, r) => n + (r.measures.referrals!.value ?? 0), 0)).toBe(t.total.referrals!.value)
  })

  it('withholds a small referral count and its smallest non-zero partner in the column, so the total does not give it away', () => {
    const t = pathwayTable([
      row('ACCOMMODATION', { referrals: 20 }), row('HEALTH', { referrals: 3 }), row('DRUGS_ALCOHOL', { referrals: 8 }),
    ])
    const referrals = Object.fromEntries(t.rows.map((r) => [r.pathway, r.measures.referrals]))
    expect(referrals.HEALTH).toEqual({ value: null, suppressed: 'small' })
    expect(referrals.DRUGS_ALCOHOL).toEqual({ value: null, suppressed: 'secondary' })
    expect(referrals.ACCOMMODATION).toEqual({ value: 20, suppressed: false })
    expect(referrals.FINANCE_BENEFITS_DEBT).toEqual({ value: 0, suppressed: false })
    expect(t.total.referrals).toEqual({ value: 31, suppressed: false })
  })
})
