import 'server-only'
import type { Tx } from '../db'
import { notFound } from '../errors'
import { authorize, offenderWritable, type Actor } from '../policy'

/**
 * The person whose Limited Access lists the actor may manage (issue 17): `offender.restrict` (seniors, as in nDelius
 * practice) and the record in their write scope (their team and LDU), Limited Access applying to them too.
 * @returns the person's id and offender manager
 * @throws FORBIDDEN without the permission; NOT_FOUND out of scope or non-existent
 */
export async function accessListTarget(db: Pick<Tx, 'offender'>, actor: Actor, offenderId: string) {
  authorize(actor, 'offender.restrict')
  const row = await db.offender.findFirst({ where: { AND: [{ id: offenderId }, offenderWritable(actor)] }, select: { id: true, offenderManagerId: true } })
  if (!row) throw notFound()
  return row
}
