import { describe, expect, it } from 'vitest'
import { endingProblem, releaseProblem } from './ending-rules'

const order = (requirements: { kind: string; unitsOrdered: number | null; unitsCompleted: number | null; removed?: boolean }[] = []) => ({
  startDate: '2026-01-01',
  expectedEndDate: '2026-12-31',
  requirements: requirements.map((r) => ({ removed: false, ...r })),
})

describe('ending an order (issue 13)', () => {
  it('completes an order on its end date, or an unpaid-work-only order once every hour is worked', () => {
    expect(endingProblem('COMPLETED', '2026-12-31', order([{ kind: 'REHABILITATION_ACTIVITY', unitsOrdered: 20, unitsCompleted: 3 }]))).toBeNull()
    expect(endingProblem('COMPLETED', '2026-06-01', order([{ kind: 'UNPAID_WORK', unitsOrdered: 150, unitsCompleted: 0 }]))).toBe('completedTooEarly')
    expect(endingProblem('COMPLETED', '2026-06-01', order([{ kind: 'UNPAID_WORK', unitsOrdered: 150, unitsCompleted: 150 }]))).toBeNull()
    const mixed = order([{ kind: 'UNPAID_WORK', unitsOrdered: 150, unitsCompleted: 150 }, { kind: 'REHABILITATION_ACTIVITY', unitsOrdered: 20, unitsCompleted: 20 }])
    expect(endingProblem('COMPLETED', '2026-06-01', mixed)).toBe('completedTooEarly')
    const rarRemoved = order([{ kind: 'UNPAID_WORK', unitsOrdered: 80, unitsCompleted: 80 }, { kind: 'REHABILITATION_ACTIVITY', unitsOrdered: 20, unitsCompleted: 0, removed: true }])
    expect(endingProblem('COMPLETED', '2026-06-01', rarRemoved)).toBeNull()
  })

  it('terminates early for good progress only from the halfway point; other reasons on any day', () => {
    expect(endingProblem('EARLY_GOOD_PROGRESS', '2026-01-02', order())).toBe('earlyTerminationTooSoon')
    expect(endingProblem('EARLY_GOOD_PROGRESS', '2026-07-01', order())).toBe('earlyTerminationTooSoon')
    expect(endingProblem('EARLY_GOOD_PROGRESS', '2026-07-02', order())).toBeNull()
    for (const reason of ['REVOKED_BREACH', 'REVOKED_FURTHER_OFFENCE', 'DIED', 'TRANSFERRED_OUT']) expect(endingProblem(reason, '2026-01-02', order())).toBeNull()
  })
})

describe('a first release from custody (issue 13)', () => {
  const standard = { releaseDate: '2027-06-01', paroleEligibilityDate: null }
  it('releases automatically from the CRD, on HDC within the 180 days before it, on parole only from a PED', () => {
    expect(releaseProblem('AUTOMATIC', '2026-11-02', standard)).toEqual({ field: 'on', key: 'releaseBeforeCrd' })
    expect(releaseProblem('AUTOMATIC', '2027-06-01', standard)).toBeNull()
    expect(releaseProblem('HDC', '2026-12-03', standard)).toBeNull()
    expect(releaseProblem('HDC', '2026-12-02', standard)).toEqual({ field: 'on', key: 'hdcWindow' })
    expect(releaseProblem('HDC', '2027-06-01', standard)).toEqual({ field: 'on', key: 'hdcWindow' })
    expect(releaseProblem('PAROLE', '2027-06-01', standard)).toEqual({ field: 'releaseType', key: 'paroleNotApplicable' })
    const extended = { releaseDate: '2030-01-01', paroleEligibilityDate: '2028-09-01' }
    expect(releaseProblem('PAROLE', '2028-08-31', extended)).toEqual({ field: 'on', key: 'releaseBeforePed' })
    expect(releaseProblem('PAROLE', '2028-09-01', extended)).toBeNull()
  })
})
