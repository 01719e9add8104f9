import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { londonDateOf } from '../../lib/dates'
import { COMPLEXITY_FLAGS, computeTier, type RoshLevel, type Tier, type TierInputs } from '../../lib/risk'
import { isLimitedFor, type Actor } from '../policy'
import type { OffenderRowData } from './offender-row-query'

export const overdueAppointment = (now: Date) =>
  ({ type: 'APPOINTMENT', occurredAt: { lt: now }, outcome: null, cancelledAt: null }) satisfies Prisma.ContactWhereInput
// A review date is a London calendar day: overdue once that day has passed in London, not from midnight UTC (issue 15 item 3).
export const overdueReview = (now: Date) => ({ deregisteredAt: null, nextReviewDate: { lt: londonDateOf(now) } }) satisfies Prisma.RiskFlagWhereInput

type FlagRow = { type: string; level: number | null }

/** What the tier is computed from, so the record can show its inputs beside it. */
export function tierInputsOf(rosh: RoshLevel | null, flags: FlagRow[]): TierInputs {
  return {
    rosh,
    mappaLevel: flags.find((f) => f.type === 'MAPPA')?.level ?? null,
    isIom: flags.some((f) => f.type === 'IOM'),
    complexityFlags: flags.filter((f) => (COMPLEXITY_FLAGS as readonly string[]).includes(f.type)).length,
  }
}

export const tierOf = (rosh: RoshLevel | null, flags: FlagRow[]): Tier => computeTier(tierInputsOf(rosh, flags))

export type OffenderRow =
  | { restricted: true }
  | {
      restricted: false
      id: string
      crn: string
      name: string
      dateOfBirth: Date
      rosh: RoshLevel | null
      tier: Tier
      nextAppointment: Date | null
      lastContact: Date | null
      sentence: { type: string; expectedEndDate: Date } | null
      overdueItems: number
      /** The offender manager's name, or null when unallocated (issue 15 item 9). */
      managerName: string | null
    }

/**
 * The DTO for list rows. A Limited Access Offender the actor may not see becomes a redacted row carrying nothing that
 * identifies them: no name, CRN, PNC or id (security.md AC-5; issue 17 defect 6, ADR 0023).
 */
export function toOffenderRow(actor: Actor, o: OffenderRowData): OffenderRow {
  if (isLimitedFor(actor, o.lao)) return { restricted: true }
  const rosh = o.overallRosh
  return {
    restricted: false,
    id: o.id,
    crn: o.crn,
    name: `${o.lastName}, ${o.firstName}`,
    dateOfBirth: o.dateOfBirth,
    rosh,
    tier: tierOf(rosh, o.flags),
    nextAppointment: o.nextAppointment,
    lastContact: o.lastContact,
    sentence: o.sentenceType && o.sentenceEnd ? { type: o.sentenceType, expectedEndDate: o.sentenceEnd } : null,
    overdueItems: o.overdueItems,
    managerName: o.managerName,
  }
}
