import 'server-only'
import { prisma } from '../db'
import { offenderReferable, type Actor } from '../policy'

/**
 * Whether the actor may refer this person to MAPPA, COSA or a partner service (policy `offenderReferable`,
 * docs/decisions/0022), so a page offers the referral form only to those whose referral would be accepted.
 * @returns true when the person is in the actor's referral scope
 */
export async function isReferable(actor: Actor, offenderId: string): Promise<boolean> {
  return (await prisma.offender.count({ where: { AND: [{ id: offenderId }, offenderReferable(actor)] } })) === 1
}
