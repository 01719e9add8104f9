import 'server-only'
import type { Tx } from '../db'
import { invalid } from '../errors'
import type { Actor } from '../policy'
import { restrictionFollowsAllocation } from './follow-allocation'

type MergedRecord = { id: string; offenderManagerId: string | null }

/**
 * The Limited Access lists of a merge (sec18b items 2 and 3), inside its transaction. Lists only grow: every exclusion
 * and every named restriction entry of the duplicate moves to the kept record, keeping whether the app or a senior
 * made it. Two exceptions follow who manages the kept record: the duplicate's offender manager, on its restriction list
 * only because the app put them there, is not carried over (they do not manage the kept record); and the kept record's
 * offender manager joins a restriction list it now has, as a reallocation would add them (audited, cause `merge`).
 * Errors: VALIDATION `mergeCrn: mergeManagerExcluded` when the kept record's offender manager is on the duplicate's
 * exclusion list (they would be locked out of their own case: reallocate first).
 */
export async function mergeAccessLists(tx: Tx, actor: Actor, duplicate: MergedRecord, kept: MergedRecord, reason: string) {
  const rows = await tx.accessRestriction.findMany({ where: { offenderId: duplicate.id } })
  if (kept.offenderManagerId && rows.some((r) => r.kind === 'EXCLUSION' && r.userId === kept.offenderManagerId)) throw invalid('mergeCrn', 'mergeManagerExcluded')
  for (const r of rows) {
    const onlyAsManager = r.kind === 'RESTRICTION' && r.automatic && r.userId === duplicate.offenderManagerId && r.userId !== kept.offenderManagerId
    if (onlyAsManager) continue
    await tx.accessRestriction.upsert({
      where: { offenderId_kind_userId: { offenderId: kept.id, kind: r.kind, userId: r.userId } },
      create: { offenderId: kept.id, kind: r.kind, userId: r.userId, reason: r.reason, createdById: r.createdById, automatic: r.automatic },
      update: {},
    })
  }
  await restrictionFollowsAllocation(tx, actor, { offenderId: kept.id, from: null, to: kept.offenderManagerId, reason, cause: 'merge' })
}
