import 'server-only'
import type { Tx } from '../db'
import { AppError, notFound } from '../errors'
import { offenderVisible, offenderWritable, type Actor } from '../policy'

/** A person the actor may change: read-only access (a team colleague's case) is FORBIDDEN, no access NOT_FOUND. */
export async function assertWritableOffender(tx: Tx, actor: Actor, offenderId: string): Promise<void> {
  if (await tx.offender.count({ where: { AND: [{ id: offenderId }, offenderWritable(actor)] } })) return
  const visible = await tx.offender.count({ where: { AND: [{ id: offenderId }, offenderVisible(actor)] } })
  throw visible ? new AppError('FORBIDDEN') : notFound()
}
