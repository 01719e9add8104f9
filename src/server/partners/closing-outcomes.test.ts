import { describe, expect, it } from 'vitest'
import { closingStage, outcomesByStage, ZOutcomeAt } from './closing-outcomes'

const now = new Date('2026-11-30T12:00:00Z')
const accepted = { status: 'ACCEPTED', firstAppointmentAt: null, assessedOn: null, carePlanStartedOn: null }

describe('closing outcomes by stage (issue 15 item 16)', () => {
  it('places a referral at the stage it has reached', () => {
    expect(closingStage({ ...accepted, status: 'SUBMITTED' }, now)).toBe('AWAITING_DECISION')
    expect(closingStage(accepted, now)).toBe('NOT_ENGAGED')
    expect(closingStage({ ...accepted, firstAppointmentAt: new Date('2026-12-02T10:00:00Z') }, now)).toBe('NOT_ENGAGED')
    expect(closingStage({ ...accepted, firstAppointmentAt: new Date('2026-11-30T11:59:00Z') }, now)).toBe('ENGAGED')
    expect(closingStage({ ...accepted, assessedOn: new Date('2026-11-28') }, now)).toBe('ENGAGED')
    for (const status of ['REJECTED', 'COMPLETED', 'WITHDRAWN']) expect(closingStage({ ...accepted, status }, now)).toBe('CLOSED')
  })

  it('offers each stage only the outcomes that fit it', () => {
    expect(outcomesByStage).toEqual({
      AWAITING_DECISION: [],
      NOT_ENGAGED: ['NOT_ACHIEVED', 'DISENGAGED'],
      ENGAGED: ['ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED', 'DISENGAGED'],
      CLOSED: [],
    })
  })

  it('parses only a fitting outcome, with the catalogue key otherwise', () => {
    expect(ZOutcomeAt('ENGAGED').safeParse('ACHIEVED').success).toBe(true)
    expect(ZOutcomeAt('NOT_ENGAGED').safeParse('DISENGAGED').success).toBe(true)
    const refused = ZOutcomeAt('NOT_ENGAGED').safeParse('ACHIEVED')
    expect(refused.success).toBe(false)
    expect(refused.error?.issues[0]?.message).toBe('partnerOutcomeNotFitting')
    expect(ZOutcomeAt('AWAITING_DECISION').safeParse('DISENGAGED').success).toBe(false)
  })
})
