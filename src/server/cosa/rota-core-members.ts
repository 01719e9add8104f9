import 'server-only'
import { prisma } from '../db'
import { isLimitedFor, laoSelect, type Actor } from '../policy'

/** How a rota row names its core member: in full, or only the CRN when the record is limited for the viewer. */
export type TRotaCoreMember = { crn: string; name: string | null }

/**
 * The core member of each of the provider's circles given, whatever the circle's stage (cosa16 item 3: an ending
 * circle's meetings showed a blank cell because names came from the running circles only). Limited Access: a record
 * the viewer is excluded from, or restricted to others, gives the CRN with no name (domain.md, security.md AC-5).
 * Output: circle id → { crn, name | null }.
 */
export async function rotaCoreMembers(actor: Actor, circleIds: string[]): Promise<Map<string, TRotaCoreMember>> {
  const circles = await prisma.circle.findMany({
    where: { id: { in: [...new Set(circleIds)] }, providerAgencyId: actor.agencyId },
    select: { id: true, coreMember: { select: { crn: true, firstName: true, lastName: true, accessRestrictions: laoSelect(actor) } } },
  })
  return new Map(circles.map(({ id, coreMember: p }) => [id, { crn: p.crn, name: isLimitedFor(actor, p.accessRestrictions) ? null : `${p.firstName} ${p.lastName}` }]))
}
