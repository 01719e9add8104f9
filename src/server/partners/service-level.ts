import 'server-only'
import { londonDay, todayInLondon } from '../../lib/dates'
import { addWorkingDays, workingDaysBetween } from '../../lib/working-days'

// Strategy service levels (domain.md "The nine pathways"): a PRIORITY referral to a SUBSTANCE-MISUSE service is
// assessed within 5 working days of the referral, and its care plan started within 10 working days of the assessment.
export const ASSESSMENT_WORKING_DAYS = 5
export const CARE_PLAN_WORKING_DAYS = 10
/** A stage due in this many working days or fewer is flagged to both sides before it breaches. */
const NEAR_BREACH_DAYS = 1

export type ClockStage = 'ASSESSMENT' | 'CARE_PLAN' | 'MET'
export type ClockState = 'ON_TIME' | 'NEAR_BREACH' | 'BREACHED' | 'MET_LATE' | 'MET'
export type Clock = { stage: ClockStage; dueOn: string; daysLeft: number; state: ClockState }

export type ClockInput = {
  priority: boolean
  status: 'SUBMITTED' | 'ACCEPTED' | 'REJECTED' | 'COMPLETED' | 'WITHDRAWN'
  createdAt: Date
  assessedOn: Date | null
  carePlanStartedOn: Date | null
  service: { substanceMisuse: boolean }
}

const dateOnly = (d: Date) => d.toISOString().slice(0, 10)

function running(stage: ClockStage, dueOn: string, today: string): Clock {
  const daysLeft = workingDaysBetween(today, dueOn)
  const state = today > dueOn ? 'BREACHED' : daysLeft <= NEAR_BREACH_DAYS ? 'NEAR_BREACH' : 'ON_TIME'
  return { stage, dueOn, daysLeft, state }
}

/**
 * Where a referral stands against the service levels on `today` (a London date). No clock for referrals the levels do
 * not cover, nor for one closed before the stage it was waiting for; the referral day is the London date it was made.
 */
export function serviceLevelClock(referral: ClockInput, today: string = todayInLondon()): Clock | null {
  if (!referral.priority || !referral.service.substanceMisuse) return null
  const isOpen = referral.status === 'SUBMITTED' || referral.status === 'ACCEPTED'
  const assessmentDue = addWorkingDays(londonDay(referral.createdAt), ASSESSMENT_WORKING_DAYS)
  if (!referral.assessedOn) return isOpen ? running('ASSESSMENT', assessmentDue, today) : null
  const assessedOn = dateOnly(referral.assessedOn)
  const carePlanDue = addWorkingDays(assessedOn, CARE_PLAN_WORKING_DAYS)
  if (!referral.carePlanStartedOn) return isOpen ? running('CARE_PLAN', carePlanDue, today) : null
  const startedOn = dateOnly(referral.carePlanStartedOn)
  const late = assessedOn > assessmentDue || startedOn > carePlanDue
  return { stage: 'MET', dueOn: carePlanDue, daysLeft: workingDaysBetween(startedOn, carePlanDue), state: late ? 'MET_LATE' : 'MET' }
}

const urgency: Record<ClockState, number> = { BREACHED: 0, NEAR_BREACH: 1, ON_TIME: 2, MET_LATE: 3, MET: 3 }

/**
 * Orders referrals so those whose service level has run out come first, then those about to, then the running
 * clocks, then the rest (issue 15 item 15: a partner sees the referrals that need them first). Stable, so rows keep
 * their order (oldest first) within each group.
 */
export function byServiceLevelUrgency<R extends { clock: Clock | null }>(rows: R[]): R[] {
  return rows.map((r, i) => ({ r, i, u: r.clock ? urgency[r.clock.state] : 4 })).sort((a, b) => a.u - b.u || a.i - b.i).map((x) => x.r)
}
