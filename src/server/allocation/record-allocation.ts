import 'server-only'
import type { AllocationKind } from '../../generated/prisma/enums'
import type { Tx } from '../db'

/**
 * Closes the open ownership row and opens the next one: the history is never rewritten. `kind` says how the
 * row began: the record's creation (its first allocation, issue 15 item 14), an allocation, or a transfer.
 */
export async function recordAllocation(
  tx: Tx,
  createdById: string,
  row: { offenderId: string; kind: AllocationKind; agencyId: string; lduId: string | null; teamId: string | null; offenderManagerId: string | null; reason: string },
) {
  const now = new Date()
  await tx.offenderAllocation.updateMany({ where: { offenderId: row.offenderId, endedAt: null }, data: { endedAt: now } })
  await tx.offenderAllocation.create({ data: { ...row, startedAt: now, createdById } })
}
