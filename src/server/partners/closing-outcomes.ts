import { z } from 'zod'
import { partnerOutcomes } from './referral.schemas'

export type PartnerOutcome = (typeof partnerOutcomes)[number]

/**
 * How far a referral has got, as far as closing it goes. A referral waiting for a decision is accepted or rejected,
 * not closed; an accepted one is "engaged" once the person has been seen: an assessment recorded, a care plan
 * started, or the first appointment's time passed (Llwybr records no attendance for partner appointments).
 */
export type ClosingStage = 'AWAITING_DECISION' | 'NOT_ENGAGED' | 'ENGAGED' | 'CLOSED'

type StageFacts = { status: string; firstAppointmentAt: Date | null; assessedOn: Date | null; carePlanStartedOn: Date | null }

/** The stage a referral has reached at `now` (a UTC instant; the appointment time is compared as an instant). */
export function closingStage(r: StageFacts, now: Date): ClosingStage {
  if (r.status === 'SUBMITTED') return 'AWAITING_DECISION'
  if (r.status !== 'ACCEPTED') return 'CLOSED'
  const seen = r.assessedOn !== null || r.carePlanStartedOn !== null || (r.firstAppointmentAt !== null && r.firstAppointmentAt <= now)
  return seen ? 'ENGAGED' : 'NOT_ENGAGED'
}

/**
 * The outcomes a partner may close a referral with, by stage (issue 15 item 16; domain.md pathways: referrals are
 * accepted / rejected / completed / withdrawn). Before acceptance there is nothing to close: the partner rejects it,
 * or the referrer withdraws it. Accepted but never seen, no work was done, so nothing was (partly) achieved: the person
 * did not engage, or the aim was not achieved (e.g. they moved away or went into custody). Once seen, any outcome.
 */
export const outcomesByStage: Record<ClosingStage, readonly PartnerOutcome[]> = {
  AWAITING_DECISION: [],
  NOT_ENGAGED: ['NOT_ACHIEVED', 'DISENGAGED'],
  ENGAGED: partnerOutcomes,
  CLOSED: [],
}

/** The outcome field for a referral at this stage: only the fitting outcomes parse, anything else is a field error. */
export function ZOutcomeAt(stage: ClosingStage) {
  return z.enum(partnerOutcomes).refine((o) => outcomesByStage[stage].includes(o), 'partnerOutcomeNotFitting')
}
