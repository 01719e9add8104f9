import type { Prisma } from '../../generated/prisma/client'
import type { Actor } from './actor'
import { can } from './can'

/**
 * Which commissioned schemes an actor may see the report of (issue 14): those who see aggregate figures
 * (`stats.view`) see every scheme; a COSA coordinator (`cosa.manage`) only the COSA schemes that pay for their own
 * provider's circles; anyone else none. Reports are aggregates only, so no record scope applies.
 */
export function schemeReadScope(actor: Actor): Prisma.CommissionedSchemeWhereInput {
  if (!can(actor, 'scheme.view')) return { id: { in: [] } }
  if (can(actor, 'stats.view')) return {}
  if (can(actor, 'cosa.manage')) return { serves: 'COSA_CIRCLES', providerAgencyId: actor.agencyId }
  return { id: { in: [] } }
}
