import 'server-only'
import { loadActorForUser } from '../auth/load-actor'
import { prisma, type Tx } from '../db'
import { invalid } from '../errors'
import { can, offenderVisible, type Actor } from '../policy'

/**
 * The staff member who will see the person (issue 13): the arranging officer when none is chosen; otherwise an
 * active member of the arranging user's own team (the list the form offers: nobody books into another team's
 * diary) who holds a diary (appointment.manage) and may see this person under their own scope. Anyone else,
 * unknown ids and disabled users alike, is the field error `staffId: staffNotAvailable`.
 */
export async function resolveStaff(tx: Tx, actor: Actor, staffId: string | undefined, offenderId: string): Promise<string> {
  if (!staffId || staffId === actor.userId) return actor.userId
  // Resolved exactly as a request resolves a signed-in user, so disabled users and agencies are refused.
  const staff = await loadActorForUser(prisma, staffId)
  if (!staff || !can(staff, 'appointment.manage') || !actor.teamId || staff.teamId !== actor.teamId) throw invalid('staffId', 'staffNotAvailable')
  const sees = await tx.offender.count({ where: { AND: [{ id: offenderId }, offenderVisible(staff)] } })
  if (!sees) throw invalid('staffId', 'staffNotAvailable')
  return staff.userId
}
