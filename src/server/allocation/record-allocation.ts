import 'server-only'
import type { Tx } from '../db'

/** Closes the open ownership row and opens the next one: the history is never rewritten. */
export async function recordAllocation(
  tx: Tx,
  createdById: string,
  row: { offenderId: string; agencyId: string; lduId: string | null; teamId: string | null; offenderManagerId: string | null; reason: string },
) {
  const now = new Date()
  await tx.offenderAllocation.updateMany({ where: { offenderId: row.offenderId, endedAt: null }, data: { endedAt: now } })
  await tx.offenderAllocation.create({ data: { ...row, startedAt: now, createdById } })
}
