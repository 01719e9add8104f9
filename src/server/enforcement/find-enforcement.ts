import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../db'
import { can, laoVisible, offenderWriteScope, type Actor } from '../policy'
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

/**
 * Open and recent enforcement for one person (the record page has already checked the person is visible). An open
 * decision shows the breach rule as it stands now; a decision made shows what the rule said when it was made.
 */
export async function findEnforcementFor(actor: Actor, offenderId: string): Promise<EnforcementEntry[]> {
  if (!can(actor, 'enforcement.decide')) return []
  const rows = await prisma.enforcementAction.findMany({
    where: { offenderId, offender: { AND: [offenderWriteScope(actor), laoVisible(actor)] } },
    select: enforcementSelect,
    orderBy: { createdAt: 'desc' },
    take: 20,
  })
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
