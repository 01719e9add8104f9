import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { prisma } from '../db'
import { can, laoVisible, offenderWriteScope, type Actor } from '../policy'

const enforcementSelect = {
  id: true,
  status: true,
  kind: true,
  reason: true,
  version: true,
  decidedById: true,
  decidedAt: true,
  countersignNote: true,
  failureContact: { select: { occurredAt: true } },
  offender: { select: { id: true, crn: true, firstName: true, lastName: true } },
} satisfies Prisma.EnforcementActionSelect

export type EnforcementEntry = Prisma.EnforcementActionGetPayload<{ select: typeof enforcementSelect }>

/** Open and recent enforcement for one person (the record page has already checked the person is visible). */
export async function findEnforcementFor(actor: Actor, offenderId: string): Promise<EnforcementEntry[]> {
  if (!can(actor, 'enforcement.decide')) return []
  return prisma.enforcementAction.findMany({
    where: { offenderId, offender: { AND: [offenderWriteScope(actor), laoVisible(actor)] } },
    select: enforcementSelect,
    orderBy: { createdAt: 'desc' },
    take: 20,
  })
}

/** Breach and recall requests waiting for this senior: their team's, never their own decisions. */
export async function findAwaitingCountersignature(actor: Actor): Promise<EnforcementEntry[]> {
  if (!can(actor, 'enforcement.countersign')) return []
  return prisma.enforcementAction.findMany({
    where: { status: 'AWAITING_COUNTERSIGNATURE', decidedById: { not: actor.userId }, offender: { AND: [offenderWriteScope(actor), laoVisible(actor)] } },
    select: enforcementSelect,
    orderBy: { decidedAt: 'asc' },
    take: 100,
  })
}
