import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import type { Tx } from '../db'
import { brokenGlass, can, laoVisible, offenderVisible, type Actor } from '../policy'
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
  return targetWhere(db, actor, target, (actor) => ({ NOT: offenderVisible(actor) }))
}

/**
 * The same target when the actor opened it already and that opening still runs: a second tab's or a stale form's
 * reason then opens what is open, rather than being told the record does not exist (break 17 F3). A record in the
 * actor's own scope is still no target. Input and output as findBreakGlassTarget.
 */
export async function findOpenedTarget(db: Pick<Tx, 'offender'>, actor: Actor, target: unknown): Promise<string | null> {
  return targetWhere(db, actor, target, (actor) => brokenGlass(actor))
}

async function targetWhere(db: Pick<Tx, 'offender'>, actor: Actor, target: unknown, scope: (actor: Actor) => Prisma.OffenderWhereInput): Promise<string | null> {
  if (!can(actor, 'offender.breakGlass')) return null
  const parsed = ZBreakGlassTarget.safeParse(target)
  if (!parsed.success) return null
  const which: Prisma.OffenderWhereInput = CRN_FORMAT.test(parsed.data) ? { crn: parsed.data } : { id: parsed.data }
  const row = await db.offender.findFirst({ where: { AND: [which, laoVisible(actor), scope(actor)] }, select: { id: true } })
  return row?.id ?? null
}
