import 'server-only'
import { prisma } from '../db'
import { isLimitedFor, laoSelect, type Actor } from '../policy'

/** How a COSA list names a circle's core member: in full, or nothing that identifies them when limited for the viewer. */
export type TRotaCoreMember = { crn: string; name: string } | { crn: null; name: null }

/** The columns `namedCoreMember` needs, with the viewer's Limited Access rows. */
export const coreMemberSelect = (actor: Actor) => ({ select: { crn: true, firstName: true, lastName: true, accessRestrictions: laoSelect(actor) } }) as const

type TCoreMemberRow = { crn: string; firstName: string; lastName: string; accessRestrictions: { kind: 'EXCLUSION' | 'RESTRICTION'; userId: string }[] }

/**
 * A core member as a coordinator's list may show them. Limited Access: a record the viewer is excluded from, or
 * restricted to others, gives neither CRN nor name (domain.md, security.md AC-5; issue 17 defect 6, ADR 0023). Every COSA coordinator view (rota,
 * dashboard, concerns, overdue minutes, circle list and page) names people through this one rule (cosa16 item 3,
 * found on the rota and then on the dashboard and lists).
 * Input: a row selected with `coreMemberSelect(actor)`. Output: { crn, name }, both null when limited.
 */
export function namedCoreMember(actor: Actor, p: TCoreMemberRow): TRotaCoreMember {
  return isLimitedFor(actor, p.accessRestrictions) ? { crn: null, name: null } : { crn: p.crn, name: `${p.firstName} ${p.lastName}` }
}

/**
 * The core member of each of the provider's circles given, whatever the circle's stage (cosa16 item 3: an ending
 * circle's meetings showed a blank cell because names came from the running circles only).
 * Output: circle id → { crn, name } (both null when limited).
 */
export async function rotaCoreMembers(actor: Actor, circleIds: string[]): Promise<Map<string, TRotaCoreMember>> {
  const circles = await prisma.circle.findMany({
    where: { id: { in: [...new Set(circleIds)] }, providerAgencyId: actor.agencyId },
    select: { id: true, coreMember: coreMemberSelect(actor) },
  })
  return new Map(circles.map(({ id, coreMember }) => [id, namedCoreMember(actor, coreMember)]))
}

/** Whether a circle's core member is limited for the viewer (excluded, or restricted to others): its rows are redacted. */
export const coreMemberLimited = (actor: Actor, p: Pick<TCoreMemberRow, 'accessRestrictions'>): boolean => isLimitedFor(actor, p.accessRestrictions)
