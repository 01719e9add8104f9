import 'server-only'
import { recordAudit } from '../audit/record-audit'
import type { Tx } from '../db'
import type { Actor } from '../policy'

/** What changed who manages the person: the audit says which (issue 17, sec18b item 2). */
export type ManagerChangeCause = 'allocation' | 'transfer' | 'merge'

/**
 * Keeps a person's restriction list in step with a change of offender manager (issue 17 item 3, sec18b item 2): a
 * (re)allocation, an accepted transfer (which leaves the case unallocated in the receiving team) or a merge. Called
 * inside that change's transaction, after its update of the offender row (whose lock orders simultaneous changes).
 * Without it the new offender manager could not see their own case, and the previous one kept seeing a case they no
 * longer manage. Nothing happens when the person has no restriction list; manual entries are never touched.
 * - The new offender manager, if any, joins the list (`automatic`), unless already on it.
 * - The previous offender manager leaves it only if the app had put them there (`automatic`); one a senior named
 *   explicitly stays, as that senior decided. The last entry is never removed: that would lift the restriction.
 * Each change is audited as `offender.access.add` / `offender.access.remove` with the `cause`.
 * @param change { offenderId, from: previous offender manager (or null), to: the new one (null: unallocated), reason }
 */
export async function restrictionFollowsAllocation(
  tx: Tx,
  actor: Actor,
  change: { offenderId: string; from: string | null; to: string | null; reason: string; cause?: ManagerChangeCause },
) {
  const { offenderId, from, to, reason, cause = 'allocation' } = change
  if (from === to) return
  const list = await tx.accessRestriction.findMany({ where: { offenderId, kind: 'RESTRICTION' }, select: { id: true, userId: true, automatic: true } })
  if (list.length === 0) return
  const audit = (action: 'offender.access.add' | 'offender.access.remove', userId: string) =>
    recordAudit(tx, actor, { action, subjectType: 'Offender', subjectId: offenderId, offenderId, reason, detail: { kind: 'RESTRICTION', userId, cause } })
  let size = list.length
  if (to && !list.some((e) => e.userId === to)) {
    await tx.accessRestriction.create({ data: { offenderId, kind: 'RESTRICTION', userId: to, reason, createdById: actor.userId, automatic: true } })
    await audit('offender.access.add', to)
    size++
  }
  const previous = list.find((e) => e.userId === from && e.automatic)
  if (previous && size > 1) {
    await tx.accessRestriction.delete({ where: { id: previous.id } })
    await audit('offender.access.remove', previous.userId)
  }
}
