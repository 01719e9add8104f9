import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { invalid } from '../errors'
import { authorize, type Actor } from '../policy'
import { accessListTarget } from './access-list-target'
import { ZLiftRestriction } from './access-lists.schemas'

/**
 * Lifts a person's restriction list altogether (issue 17 item 2): every RESTRICTION entry goes, in one transaction
 * with the audit event `offender.access.lift` (reason, and who had been listed). Removing entries one by one can
 * never empty the list (the offender manager and the actor are kept), so this is the only way back to normal scope;
 * it applies from the next request, as every scope query reads the table. Exclusions are untouched.
 * @param input { offenderId, reason } (ZLiftRestriction)
 * @returns { offenderId }
 * @throws FORBIDDEN without `offender.restrict`; NOT_FOUND out of write scope; VALIDATION `_form`
 *   `accessNoRestriction` when the person has no restriction list (e.g. lifted meanwhile), `reasonRequired`
 */
export async function liftRestriction(actor: Actor, input: unknown): Promise<{ offenderId: string }> {
  authorize(actor, 'offender.restrict')
  const { offenderId, reason } = ZLiftRestriction.parse(input)
  return prisma.$transaction(async (tx) => {
    await accessListTarget(tx, actor, offenderId)
    const entries = await tx.accessRestriction.findMany({ where: { offenderId, kind: 'RESTRICTION' }, select: { id: true, userId: true } })
    if (entries.length === 0) throw invalid('_form', 'accessNoRestriction')
    // Only the rows read above: an entry added meanwhile by someone else is theirs to see on the page.
    const { count } = await tx.accessRestriction.deleteMany({ where: { id: { in: entries.map((e) => e.id) } } })
    if (count !== entries.length) throw invalid('_form', 'accessNoRestriction')
    await recordAudit(tx, actor, { action: 'offender.access.lift', subjectType: 'Offender', subjectId: offenderId, offenderId, reason, detail: { kind: 'RESTRICTION', userIds: entries.map((e) => e.userId) } })
    return { offenderId }
  })
}
