import { addDays, daysInclusive } from '../../lib/sentence-dates'

/** Dates are London calendar dates, `YYYY-MM-DD`. */
type Order = { startDate: string; expectedEndDate: string; requirements: { kind: string; unitsOrdered: number | null; unitsCompleted: number | null; removed: boolean }[] }

/**
 * Whether an order may end for `reason` on `on` (issue 13, found by walking it: "early termination for good progress"
 * was accepted on the order's first day). Output: a validation key, or null when plausible.
 * - COMPLETED: on or after the order's end date; or, for an order whose only requirement is unpaid work, once every
 *   hour is done (Sentencing Code Sch. 9 para 1: the order ends when the hours are worked).
 * - EARLY_GOOD_PROGRESS: the court revokes for good progress only once at least half the order has run (probation
 *   practice: early revocation is considered from the halfway point).
 * Other reasons (revoked, died, transferred) may happen on any day of the order.
 */
export function endingProblem(reason: string, on: string, order: Order): 'completedTooEarly' | 'earlyTerminationTooSoon' | null {
  const current = order.requirements.filter((r) => !r.removed)
  if (reason === 'COMPLETED') {
    if (on >= order.expectedEndDate) return null
    const hoursOnly = current.length > 0 && current.every((r) => r.kind === 'UNPAID_WORK' && r.unitsOrdered !== null && (r.unitsCompleted ?? 0) >= r.unitsOrdered)
    return hoursOnly ? null : 'completedTooEarly'
  }
  if (reason === 'EARLY_GOOD_PROGRESS') {
    const halfway = addDays(order.startDate, Math.floor(daysInclusive(order.startDate, order.expectedEndDate) / 2))
    return on >= halfway ? null : 'earlyTerminationTooSoon'
  }
  return null
}

type Custodial = { releaseDate: string | null; paroleEligibilityDate: string | null }

/**
 * Whether a first release from a custodial sentence fits its type and the derived dates (issue 13: an automatic
 * release seven months before the CRD was accepted). Re-release after a recall is not held to these dates.
 * - AUTOMATIC: on or after the conditional or automatic release date (CJA 2003 s.243A, s.244).
 * - HDC: within the 180 days before that date (CJA 2003 s.246: home detention curfew up to 180 days early).
 * - PAROLE: only where there is a parole eligibility date, and on or after it (s.246A).
 * Output: the field and validation key, or null.
 */
export function releaseProblem(type: string, on: string, s: Custodial): { field: 'on' | 'releaseType'; key: 'releaseBeforeCrd' | 'hdcWindow' | 'paroleNotApplicable' | 'releaseBeforePed' } | null {
  if (type === 'AUTOMATIC' && s.releaseDate && on < s.releaseDate) return { field: 'on', key: 'releaseBeforeCrd' }
  if (type === 'HDC' && s.releaseDate && (on < addDays(s.releaseDate, -180) || on >= s.releaseDate)) return { field: 'on', key: 'hdcWindow' }
  if (type === 'PAROLE' && !s.paroleEligibilityDate) return { field: 'releaseType', key: 'paroleNotApplicable' }
  if (type === 'PAROLE' && s.paroleEligibilityDate && on < s.paroleEligibilityDate) return { field: 'on', key: 'releaseBeforePed' }
  return null
}
