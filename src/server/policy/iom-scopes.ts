import type { Prisma } from '../../generated/prisma/client'
import type { Actor } from './actor'
import { laoVisible, offenderReadScope, offenderWriteScope } from './scopes'

/**
 * IOM is organised by force area (domain.md "IOM"): an actor works with the cohorts of their own region. With no
 * region they reach none (fail closed, security.md AC-7).
 */
export function cohortOfRegion(actor: Actor): Prisma.IomCohortWhereInput {
  return actor.region ? { region: actor.region } : { id: { in: [] } }
}

/** Current members (anything but de-selected) of the cohorts of the actor's region. */
export function currentMemberInRegion(actor: Actor): Prisma.IomMemberWhereInput {
  return { status: { not: 'DESELECTED' }, cohort: cohortOfRegion(actor) }
}

/**
 * Members the actor may manage: any member of a cohort of their region, unless the person is a Limited Access
 * Offender for them. IOM is a joint police and probation share, so it does not depend on who supervises the person.
 */
export function memberManageable(actor: Actor): Prisma.IomMemberWhereInput {
  return { cohort: cohortOfRegion(actor), offender: laoVisible(actor) }
}

/**
 * Whose IOM page an actor may open: people in their ordinary read scope, and current members of a cohort of their
 * region (the IOM share). The Limited Access lists apply whichever way the person is reached (security.md AC-5).
 */
export function iomPersonVisible(actor: Actor): Prisma.OffenderWhereInput {
  return { AND: [laoVisible(actor), { OR: [offenderReadScope(actor), { iomMemberships: { some: currentMemberInRegion(actor) } }] }] }
}

/**
 * Whose IOM record an actor may add to (police intelligence): people in their write scope, and current members of a
 * cohort of their region; never through a break-glass opening, which widens reading only (walk 54 F1, break 54 F3:
 * police recorded intelligence through one; docs/decisions/0014). Limited Access applies as for reading.
 */
export function iomPersonWritable(actor: Actor): Prisma.OffenderWhereInput {
  return { AND: [laoVisible(actor), { OR: [offenderWriteScope(actor), { iomMemberships: { some: currentMemberInRegion(actor) } }] }] }
}
