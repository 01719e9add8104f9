import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import type { EnforcementKind, EnforcementStatus } from '../../generated/prisma/enums'
import { prisma } from '../db'
import { can, laoVisible, laoVisibleSql, offenderReadScopeSql, offenderWriteScope, type Actor } from '../policy'
import { issuedWarnings, triggeringWarning } from './breach-expectation'
import { decisionsFitting } from './enforcement-rules'

const enforcementSelect = {
  id: true,
  status: true,
  kind: true,
  reason: true,
  version: true,
  decidedById: true,
  decidedAt: true,
  countersignNote: true,
  breachExpected: true,
  noBreachReason: true,
  failureContact: { select: { occurredAt: true } },
  offender: { select: { id: true, crn: true, firstName: true, lastName: true } },
} satisfies Prisma.EnforcementActionSelect

type EnforcementRow = Prisma.EnforcementActionGetPayload<{ select: typeof enforcementSelect }>
/** A row plus, while a decision is open, whether breach is the expected course and the warning that makes it so. */
export type EnforcementEntry = EnforcementRow & { breachWarningAt: Date | null; decisions?: ReturnType<typeof decisionsFitting> }

const isOpen = (e: EnforcementRow) => e.status === 'AWAITING_DECISION' || e.status === 'REJECTED'

type FlatRow = Omit<EnforcementRow, 'failureContact' | 'offender'> & { failedAt: Date; offenderId: string; crn: string; firstName: string; lastName: string }

/**
 * Open and recent enforcement for one person (the record page has already checked the person is visible), for a
 * probation reader of the record (offenderReadScopeSql and Limited Access, as offenderVisible: whether they may decide
 * is the record's `canWrite`, walk 50 F1), in ONE statement with
 * the failed appointment's time and the person (issue 18 item 1: Prisma sent three, two of them `IN (NULL)` when the
 * person had none). An open decision shows the breach rule as it stands now; a decision made shows what the rule
 * said when it was made. Output: the newest 20, newest first. Raises only database errors.
 */
export async function findEnforcementFor(actor: Actor, offenderId: string): Promise<EnforcementEntry[]> {
  if (!can(actor, 'enforcement.decide')) return []
  const flat = await prisma.$queryRaw<FlatRow[]>`
    SELECT e.id::text AS id, e.status::text AS status, e.kind::text AS kind, e.reason, e.version, e."decidedById"::text AS "decidedById",
      e."decidedAt", e."countersignNote", e."breachExpected", e."noBreachReason", c."occurredAt" AS "failedAt",
      o.id::text AS "offenderId", o.crn, o."firstName", o."lastName"
    FROM "EnforcementAction" e JOIN "Contact" c ON c.id = e."failureContactId" JOIN "Offender" o ON o.id = e."offenderId"
    WHERE e."offenderId" = ${offenderId}::uuid AND ${offenderReadScopeSql(actor, Prisma.raw('o'))} AND ${laoVisibleSql(actor, Prisma.sql`o.id`)}
    ORDER BY e."createdAt" DESC, e.id LIMIT 20`
  const rows: EnforcementRow[] = flat.map(({ failedAt, offenderId: id, crn, firstName, lastName, ...e }) => ({
    ...e, status: e.status as EnforcementStatus, kind: e.kind as EnforcementKind | null, failureContact: { occurredAt: failedAt }, offender: { id, crn, firstName, lastName },
  }))
  const open = rows.some(isOpen)
  const warnings = open ? await issuedWarnings(prisma, offenderId) : []
  // Only the decisions that fit the person's sentence are offered (decideEnforcement refuses the others).
  const decisions = open ? decisionsFitting((await prisma.sentence.findMany({ where: { offenderId, status: 'ACTIVE' }, select: { type: true } })).map((s) => s.type)) : []
  return rows.map((e) => {
    if (!isOpen(e)) return { ...e, breachWarningAt: null }
    const breachWarningAt = triggeringWarning(e.id, e.failureContact.occurredAt, warnings)
    return { ...e, breachExpected: breachWarningAt !== null, breachWarningAt, decisions }
  })
}

/** Breach and recall requests waiting for this senior: their team's, never their own decisions. */
export async function findAwaitingCountersignature(actor: Actor): Promise<EnforcementEntry[]> {
  if (!can(actor, 'enforcement.countersign')) return []
  const rows = await prisma.enforcementAction.findMany({
    where: { status: 'AWAITING_COUNTERSIGNATURE', decidedById: { not: actor.userId }, offender: { AND: [offenderWriteScope(actor), laoVisible(actor)] } },
    select: enforcementSelect,
    orderBy: { decidedAt: 'asc' },
    take: 100,
  })
  return rows.map((e) => ({ ...e, breachWarningAt: null }))
}
