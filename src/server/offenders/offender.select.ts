import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { londonDateOf } from '../../lib/dates'
import { COMPLEXITY_FLAGS, computeTier, type RoshLevel, type Tier, type TierInputs } from '../../lib/risk'
import { isLimitedFor, laoSelect, type Actor } from '../policy'

const activeFlags = { where: { deregisteredAt: null }, select: { type: true, level: true } } as const

export const overdueAppointment = (now: Date) =>
  ({ type: 'APPOINTMENT', occurredAt: { lt: now }, outcome: null, cancelledAt: null }) satisfies Prisma.ContactWhereInput
// A review date is a London calendar day: overdue once that day has passed in London, not from midnight UTC (issue 15 item 3).
export const overdueReview = (now: Date) => ({ deregisteredAt: null, nextReviewDate: { lt: londonDateOf(now) } }) satisfies Prisma.RiskFlagWhereInput

export const offenderRowSelect = (actor: Actor, now: Date) =>
  ({
    id: true,
    crn: true,
    firstName: true,
    lastName: true,
    dateOfBirth: true,
    riskProfile: { select: { overallRosh: true } },
    offenderManager: { select: { name: true } },
    riskFlags: activeFlags,
    accessRestrictions: laoSelect(actor),
    sentences: { where: { status: 'ACTIVE' }, orderBy: { expectedEndDate: 'asc' }, take: 1, select: { type: true, expectedEndDate: true } },
    contacts: {
      where: { type: 'APPOINTMENT', occurredAt: { gte: now }, outcome: null, cancelledAt: null },
      orderBy: { occurredAt: 'asc' },
      take: 1,
      select: { occurredAt: true },
    },
  }) satisfies Prisma.OffenderSelect

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
  | { restricted: true; id: string; crn: string }
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

type RowData = Prisma.OffenderGetPayload<{ select: ReturnType<typeof offenderRowSelect> }>

/** The DTO for list rows. A Limited Access Offender becomes a redacted row: CRN only (security.md AC-5). */
export function toOffenderRow(actor: Actor, o: RowData, lastContact: Date | null, overdueItems: number): OffenderRow {
  if (isLimitedFor(actor, o.accessRestrictions)) return { restricted: true, id: o.id, crn: o.crn }
  const rosh = o.riskProfile?.overallRosh ?? null
  return {
    restricted: false,
    id: o.id,
    crn: o.crn,
    name: `${o.lastName}, ${o.firstName}`,
    dateOfBirth: o.dateOfBirth,
    rosh,
    tier: tierOf(rosh, o.riskFlags),
    nextAppointment: o.contacts[0]?.occurredAt ?? null,
    lastContact,
    sentence: o.sentences[0] ?? null,
    overdueItems,
    managerName: o.offenderManager?.name ?? null,
  }
}
