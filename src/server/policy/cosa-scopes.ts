import type { Prisma } from '../../generated/prisma/client'
import type { Actor } from './actor'
import { can } from './can'
import { laoVisible } from './scopes'

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

/**
 * The circles a coordinator may open and work on by id: their provider's, round a core member they may see (not
 * excluded, and on the restriction list if there is one; security.md AC-5). A circle round anyone else is a redacted
 * row in their lists and NOT_FOUND by id, for every page and step that takes a circle, meeting, place, membership,
 * concern or outer member of it, as a MAPPA item is for an excluded chair (issue 17, h17c item 1; ADR 0023).
 * Output: a Circle where-clause; callers authorize cosa.manage first.
 */
export function circleWorkable(actor: Actor): Prisma.CircleWhereInput {
  return { providerAgencyId: actor.agencyId, coreMember: laoVisible(actor) }
}

/**
 * The circles a signed-in volunteer may see and act on through the portal: round a core member whose record their
 * account may see (not excluded, and on the restriction list if there is one; security.md AC-5). A senior adding a
 * volunteer to a person's exclusion list takes that circle out of everything the volunteer reads or does — its
 * meetings, places, minutes, concerns and calendar entries — exactly as for a coordinator (issue 17, break 28 D6;
 * ADR 0023). Output: a Circle where-clause; callers add the volunteer's own membership or place.
 */
export function volunteerCircleVisible(actor: Actor): Prisma.CircleWhereInput {
  return { coreMember: laoVisible(actor) }
}

/** The circles hidden from the volunteer by volunteerCircleVisible: a core member their account may not see. */
export function volunteerCircleHidden(actor: Actor): Prisma.CircleWhereInput {
  return { coreMember: { NOT: laoVisible(actor) } }
}
