import { describe, expect, it } from 'vitest'
import { byServiceLevelUrgency, serviceLevelClock, type ClockInput, type ClockState } from './service-level'

// Wednesday 18 November 2026, 10:00 London (GMT): assessment due Wednesday 25 November.
const referral = (over: Partial<ClockInput> = {}): ClockInput => ({
  priority: true,
  status: 'SUBMITTED',
  createdAt: new Date('2026-11-18T10:00:00Z'),
  assessedOn: null,
  carePlanStartedOn: null,
  service: { substanceMisuse: true },
  ...over,
})
const day = (d: string) => new Date(`${d}T00:00:00Z`)

describe('the service-level clock', () => {
  it('runs only for priority referrals to substance-misuse services', () => {
    expect(serviceLevelClock(referral({ priority: false }), '2026-11-19')).toBeNull()
    expect(serviceLevelClock(referral({ service: { substanceMisuse: false } }), '2026-11-19')).toBeNull()
  })

  it('counts the assessment stage down from five working days', () => {
    expect(serviceLevelClock(referral(), '2026-11-18')).toEqual({ stage: 'ASSESSMENT', dueOn: '2026-11-25', daysLeft: 5, state: 'ON_TIME' })
    expect(serviceLevelClock(referral(), '2026-11-20')).toEqual({ stage: 'ASSESSMENT', dueOn: '2026-11-25', daysLeft: 3, state: 'ON_TIME' })
  })

  it('flags a near breach with one working day or less left, over the weekend too', () => {
    expect(serviceLevelClock(referral(), '2026-11-24')).toMatchObject({ daysLeft: 1, state: 'NEAR_BREACH' })
    expect(serviceLevelClock(referral(), '2026-11-25')).toMatchObject({ daysLeft: 0, state: 'NEAR_BREACH' })
    expect(serviceLevelClock(referral({ createdAt: new Date('2026-11-16T09:00:00Z') }), '2026-11-22')).toMatchObject({ dueOn: '2026-11-23', daysLeft: 1, state: 'NEAR_BREACH' })
  })

  it('breaches the day after the due day, weekend or not', () => {
    expect(serviceLevelClock(referral(), '2026-11-26')).toMatchObject({ daysLeft: -1, state: 'BREACHED' })
    expect(serviceLevelClock(referral({ createdAt: new Date('2026-11-13T09:00:00Z') }), '2026-11-21')).toMatchObject({ dueOn: '2026-11-20', state: 'BREACHED' })
  })

  it('takes the referral day in London: 23:30 UTC in summer is already the next day', () => {
    expect(serviceLevelClock(referral({ createdAt: new Date('2026-07-02T23:30:00Z') }), '2026-07-03')).toMatchObject({ dueOn: '2026-07-10' })
  })

  it('moves to the care-plan stage, ten working days from the assessment, skipping Christmas', () => {
    const assessed = referral({ status: 'ACCEPTED', assessedOn: day('2026-11-24') })
    expect(serviceLevelClock(assessed, '2026-11-24')).toEqual({ stage: 'CARE_PLAN', dueOn: '2026-12-08', daysLeft: 10, state: 'ON_TIME' })
    const december = referral({ createdAt: new Date('2026-12-14T10:00:00Z'), status: 'ACCEPTED', assessedOn: day('2026-12-18') })
    expect(serviceLevelClock(december, '2027-01-05')).toMatchObject({ stage: 'CARE_PLAN', dueOn: '2027-01-06', daysLeft: 1, state: 'NEAR_BREACH' })
    expect(serviceLevelClock(december, '2027-01-07')).toMatchObject({ state: 'BREACHED' })
  })

  it('is met when both stages were on time, and met late when either was not', () => {
    const onTime = referral({ status: 'ACCEPTED', assessedOn: day('2026-11-25'), carePlanStartedOn: day('2026-12-09') })
    expect(serviceLevelClock(onTime, '2027-02-01')).toEqual({ stage: 'MET', dueOn: '2026-12-09', daysLeft: 0, state: 'MET' })
    expect(serviceLevelClock({ ...onTime, assessedOn: day('2026-11-26') }, '2027-02-01')).toMatchObject({ state: 'MET_LATE' })
    expect(serviceLevelClock({ ...onTime, carePlanStartedOn: day('2026-12-10') }, '2027-02-01')).toMatchObject({ state: 'MET_LATE' })
    expect(serviceLevelClock({ ...onTime, status: 'COMPLETED' }, '2027-02-01')).toMatchObject({ state: 'MET' })
  })

  it('stops when the referral closes before the stage it was waiting for', () => {
    expect(serviceLevelClock(referral({ status: 'REJECTED' }), '2026-11-30')).toBeNull()
    expect(serviceLevelClock(referral({ status: 'WITHDRAWN', assessedOn: day('2026-11-20') }), '2026-11-30')).toBeNull()
  })
})

describe('byServiceLevelUrgency (issue 15 item 15)', () => {
  const row = (id: string, state: ClockState | null) => ({ id, clock: state ? { stage: 'ASSESSMENT' as const, dueOn: '2026-12-01', daysLeft: 1, state } : null })
  it('puts breached, then near-breach, then running clocks first, keeping the order within each', () => {
    const rows = [row('a', null), row('b', 'ON_TIME'), row('c', 'NEAR_BREACH'), row('d', 'BREACHED'), row('e', 'NEAR_BREACH'), row('f', 'MET')]
    expect(byServiceLevelUrgency(rows).map((r) => r.id)).toEqual(['d', 'c', 'e', 'b', 'f', 'a'])
  })
})
