import type { Prisma } from '../../generated/prisma/client'
import type { Actor } from './actor'
import { can } from './can'

/**
 * Whose availability and leave an actor may change: a coordinator, their provider's volunteers; a volunteer, their
 * own record only (through the portal). Anyone else, no one.
 */
export function volunteerEditable(actor: Actor): Prisma.CosaVolunteerWhereInput {
  if (can(actor, 'cosa.manage')) return { agencyId: actor.agencyId }
  if (can(actor, 'cosa.portal')) return { userId: actor.userId, stage: { not: 'LEFT' } }
  return { id: { in: [] } }
}
