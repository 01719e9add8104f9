import type { ContactOutcome, ContactType, SentenceType } from '../../generated/prisma/enums'
import { londonDay, londonMidnight } from '../../lib/dates'

/**
 * Outcomes with enforcement meaning: they come only from the appointment outcome flow (record-outcome.ts) and the
 * enforcement record (decide / countersign), never from a free contact, whoever writes it.
 * - FAILED_TO_ATTEND is an unacceptable absence from an instructed appointment: it opens the enforcement decision
 *   and counts towards the 12-month absence count and the breach rule below, so it must start that decision.
 * - ACCEPTABLE_ABSENCE belongs here too: it is the officer's judgement that an absence from an instructed
 *   appointment does not count against the person, made with the recorded reason (National Standards). Typed on a
 *   free contact it would be a way to record an absence that no enforcement decision ever looked at.
 * - WARNING, BREACH and RECALL are the decisions themselves; breach and recall need a senior's countersignature.
 * ATTENDED has no enforcement meaning: a home visit that took place may carry it.
 */
export const enforcementOutcomes = ['FAILED_TO_ATTEND', 'ACCEPTABLE_ABSENCE', 'WARNING', 'BREACH', 'RECALL'] as const satisfies readonly ContactOutcome[]
export const freeContactOutcomes = ['ATTENDED'] as const satisfies readonly ContactOutcome[]

/**
 * Appointments are arranged, rescheduled, cancelled and given their outcome through the appointment flow, the one
 * path that starts the enforcement decision after a failure to attend. A free contact cannot be of type
 * APPOINTMENT: an officer recording a past office visit that nobody arranged writes a case note or a home visit.
 */
export const freeContactTypes = ['HOME_VISIT', 'PHONE_CALL', 'PARTNER_UPDATE', 'CASE_NOTE', 'EMAIL', 'LETTER'] as const satisfies readonly ContactType[]

export const isEnforcementOutcome = (o: string | null | undefined): boolean => (enforcementOutcomes as readonly (string | null | undefined)[]).includes(o)

/** A contact written by the appointment or enforcement flow: only that flow changes it, never the free edit. */
export const isFlowContact = (c: { type: ContactType; outcome: ContactOutcome | null }): boolean => c.type === 'APPOINTMENT' || isEnforcementOutcome(c.outcome)

/** Months of history that count: the absence count on the record and the breach rule both look back 12 months. */
export const ENFORCEMENT_WINDOW_MONTHS = 12

/** `YYYY-MM-DD` plus (or minus) whole calendar months; 29 February + 12 months is 28 February. */
export function addMonthsToDay(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const first = new Date(Date.UTC(y, m - 1 + months, 1))
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate()
  first.setUTCDate(Math.min(d, lastDay))
  return first.toISOString().slice(0, 10)
}

/** Start of the 12-month window ending now: midnight (London) of the same London date 12 months ago. */
export const absenceWindowStart = (now: Date): Date => londonMidnight(addMonthsToDay(londonDay(now), -ENFORCEMENT_WINDOW_MONTHS))

/**
 * Whether breach is the expected course for an unacceptable absence (a failure to attend without acceptable reason).
 *
 * Probation practice (National Standards for the Management of Offenders, enforcement; the probation instructions
 * on enforcing community orders and licences): no more than one formal warning is given in any 12-month period, so
 * a second unacceptable absence within 12 months of a warning prompts breach proceedings (for a licence, recall is
 * the equivalent escalation). The officer may still decide otherwise, but must record why.
 *
 * "Within 12 months" is read on London calendar dates, either side of the warning: an absence before a late-recorded
 * warning would otherwise earn a second warning inside the same 12 months. Pass the issue times of the person's
 * other warnings (not the one being decided). Returns the latest warning that triggers the rule, or null.
 */
export function breachExpectedFor(failureAt: Date, otherWarningsIssuedAt: readonly Date[]): Date | null {
  const failureDay = londonDay(failureAt)
  const within = (warningAt: Date) => {
    const warningDay = londonDay(warningAt)
    return addMonthsToDay(warningDay, -ENFORCEMENT_WINDOW_MONTHS) <= failureDay && failureDay <= addMonthsToDay(warningDay, ENFORCEMENT_WINDOW_MONTHS)
  }
  return otherWarningsIssuedAt.filter(within).reduce<Date | null>((latest, w) => (!latest || w > latest ? w : latest), null)
}

/** Breach and recall both take the case to court or back to custody; a warning is "not breaching". */
export const isEscalation = (kind: 'WARNING' | 'BREACH' | 'RECALL'): boolean => kind !== 'WARNING'

const orders: readonly SentenceType[] = ['COMMUNITY_ORDER', 'SUSPENDED_SENTENCE_ORDER', 'YOUTH_REHABILITATION_ORDER', 'POST_SENTENCE_SUPERVISION']
const licences: readonly SentenceType[] = ['LICENCE', 'CUSTODY']

/**
 * The enforcement decisions that fit the person's active sentences (found walking issue 13: recall was offered on a
 * community order). A warning always fits; breach is taken back to court for a community, suspended or youth order
 * or post-sentence supervision (Sentencing Code Sch. 10, CJA 2003 s.256AC); recall is for a licence (CJA 2003 s.254).
 * With no active sentence recorded the system cannot tell, so every decision stays open to the officer.
 */
export function decisionsFitting(activeSentences: readonly SentenceType[]): ('WARNING' | 'BREACH' | 'RECALL')[] {
  if (!activeSentences.length) return ['WARNING', 'BREACH', 'RECALL']
  return [
    'WARNING',
    ...(activeSentences.some((t) => orders.includes(t)) ? (['BREACH'] as const) : []),
    ...(activeSentences.some((t) => licences.includes(t)) ? (['RECALL'] as const) : []),
  ]
}
