import 'server-only'
import { recordAudit } from '../audit/record-audit'
import type { Tx } from '../db'
import type { Actor } from '../policy'

/**
 * Keeps a person's restriction list in step with a (re)allocation (issue 17 item 3), inside the allocation's
 * transaction and after its update of the offender row (whose lock orders simultaneous allocations). Without it
 * the new offender manager could not see their own case. Nothing happens when the person has no restriction list.
 * - The new offender manager joins the list (`automatic`), unless already on it.
 * - The previous offender manager leaves it only if the app had put them there (`automatic`); one a senior named
 *   explicitly stays, as that senior decided.
 * Each change is audited as `offender.access.add` / `offender.access.remove` with `cause: 'allocation'`.
 * @param change { offenderId, from: previous offender manager (or null), to: the new one, reason: the allocation's }
 */
export async function restrictionFollowsAllocation(tx: Tx, actor: Actor, change: { offenderId: string; from: string | null; to: string; reason: string }) {
  const { offenderId, from, to, reason } = change
  if (from === to) return
  const list = await tx.accessRestriction.findMany({ where: { offenderId, kind: 'RESTRICTION' }, select: { id: true, userId: true, automatic: true } })
  if (list.length === 0) return
  const audit = (action: 'offender.access.add' | 'offender.access.remove', userId: string) =>
    recordAudit(tx, actor, { action, subjectType: 'Offender', subjectId: offenderId, offenderId, reason, detail: { kind: 'RESTRICTION', userId, cause: 'allocation' } })
  if (!list.some((e) => e.userId === to)) {
    await tx.accessRestriction.create({ data: { offenderId, kind: 'RESTRICTION', userId: to, reason, createdById: actor.userId, automatic: true } })
    await audit('offender.access.add', to)
  }
  const previous = list.find((e) => e.userId === from && e.automatic)
  if (previous) {
    await tx.accessRestriction.delete({ where: { id: previous.id } })
    await audit('offender.access.remove', previous.userId)
  }
}
