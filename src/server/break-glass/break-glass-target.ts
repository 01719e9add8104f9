import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import type { Tx } from '../db'
import { can, laoVisible, offenderVisible, type Actor } from '../policy'
import { ZBreakGlassTarget } from './break-glass.schemas'
import { CRN_FORMAT } from '../zod-fields'

/**
 * The person a break-glass form may open (issue 17): one that exists, is outside the actor's scope, and is not a
 * Limited Access person the actor is excluded from or not on the restriction list of. Anything else, and any actor
 * without `offender.breakGlass`, gets null, exactly as for a record that does not exist, so the answer reveals
 * nothing about limited access people (security.md AC-5).
 * @param target a record id or CRN, as typed or followed (any value; malformed gives null)
 * @returns the person's id, or null
 */
export async function findBreakGlassTarget(db: Pick<Tx, 'offender'>, actor: Actor, target: unknown): Promise<string | null> {
  if (!can(actor, 'offender.breakGlass')) return null
  const parsed = ZBreakGlassTarget.safeParse(target)
  if (!parsed.success) return null
  const which: Prisma.OffenderWhereInput = CRN_FORMAT.test(parsed.data) ? { crn: parsed.data } : { id: parsed.data }
  const row = await db.offender.findFirst({ where: { AND: [which, laoVisible(actor), { NOT: offenderVisible(actor) }] }, select: { id: true } })
  return row?.id ?? null
}
