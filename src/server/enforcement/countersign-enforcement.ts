import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { invalid } from '../errors'
import { authorize, type Actor } from '../policy'
import { ZCountersignEnforcement } from './enforcement.schemas'
import { enforcementAsDrawn, loadEnforcement, recordEnforcementContact, saveEnforcement } from './load-enforcement'

/** A senior approves or rejects a breach or recall request; nobody countersigns their own decision. */
export async function countersignEnforcement(actor: Actor, input: unknown) {
  authorize(actor, 'enforcement.countersign')
  const data = await parseAsDrawn(ZCountersignEnforcement, input, enforcementAsDrawn(actor, ['AWAITING_COUNTERSIGNATURE']))
  return prisma.$transaction(async (tx) => {
    const action = await loadEnforcement(tx, actor, data.enforcementId, data.version, ['AWAITING_COUNTERSIGNATURE'])
    if (action.decidedById === actor.userId) throw invalid('_form', 'cannotCountersignOwn')
    const approved = data.decision === 'APPROVE'
    await saveEnforcement(tx, action.id, data.version, {
      status: approved ? 'ISSUED' : 'REJECTED',
      countersignedById: actor.userId,
      countersignedAt: new Date(),
      countersignNote: data.note ?? null,
    })
    if (approved && (action.kind === 'BREACH' || action.kind === 'RECALL')) {
      await recordEnforcementContact(tx, actor, action.offenderId, action.kind, [action.reason, data.note].filter(Boolean).join('\n\n'))
    }
    await recordAudit(tx, actor, { action: 'enforcement.countersign', subjectType: 'EnforcementAction', subjectId: action.id, offenderId: action.offenderId, detail: { decision: data.decision }, reason: data.note?.slice(0, 500) ?? null })
    return { id: action.id, offenderId: action.offenderId }
  })
}
