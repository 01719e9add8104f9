import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { authorize, type Actor } from '../policy'
import { ZDecideEnforcement } from './enforcement.schemas'
import { loadEnforcement, recordEnforcementContact, saveEnforcement } from './load-enforcement'

/**
 * The offender manager's decision after a failure to attend. A warning is issued at once; a breach or a recall
 * waits for a senior's countersignature. After a rejected request the officer decides again.
 */
export async function decideEnforcement(actor: Actor, input: unknown) {
  authorize(actor, 'enforcement.decide')
  const data = ZDecideEnforcement.parse(input)
  return prisma.$transaction(async (tx) => {
    const action = await loadEnforcement(tx, actor, data.enforcementId, data.version, ['AWAITING_DECISION', 'REJECTED'])
    const issued = data.kind === 'WARNING'
    await saveEnforcement(tx, action.id, data.version, {
      kind: data.kind,
      reason: data.reason,
      status: issued ? 'ISSUED' : 'AWAITING_COUNTERSIGNATURE',
      decidedById: actor.userId,
      decidedAt: new Date(),
      countersignedById: null,
      countersignedAt: null,
      countersignNote: null,
    })
    if (issued) await recordEnforcementContact(tx, actor, action.offenderId, 'WARNING', data.reason)
    await recordAudit(tx, actor, { action: 'enforcement.decide', subjectType: 'EnforcementAction', subjectId: action.id, offenderId: action.offenderId, detail: { kind: data.kind }, reason: data.reason })
    return { id: action.id, offenderId: action.offenderId }
  })
}
