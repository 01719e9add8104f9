import type { Prisma } from '../../generated/prisma/client'
import type { Actor } from './actor'
import { can } from './can'

/**
 * The volunteer record of the signed-in volunteer: their own, and only while they have not left. Everything a
 * volunteer reaches through the portal (meetings, minutes, concerns, calendar) goes through it.
 */
export function signedInVolunteer(actor: Actor): Prisma.CosaVolunteerWhereInput {
  return can(actor, 'cosa.portal') ? { userId: actor.userId, stage: { not: 'LEFT' } } : { id: { in: [] } }
}

/**
 * Whose availability and leave an actor may change: a coordinator, their provider's volunteers; a volunteer, their
 * own record only (through the portal). Anyone else, no one.
 */
export function volunteerEditable(actor: Actor): Prisma.CosaVolunteerWhereInput {
  if (can(actor, 'cosa.manage')) return { agencyId: actor.agencyId }
  if (can(actor, 'cosa.portal')) return signedInVolunteer(actor)
  return { id: { in: [] } }
}
