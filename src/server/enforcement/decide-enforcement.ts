import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { invalid } from '../errors'
import { authorize, type Actor } from '../policy'
import { breachExpectation } from './breach-expectation'
import { decisionsFitting, isEscalation } from './enforcement-rules'
import { ZDecideEnforcement } from './enforcement.schemas'
import { enforcementAsDrawn, loadEnforcement, recordEnforcementContact, saveEnforcement } from './load-enforcement'

/**
 * The offender manager's decision after a failure to attend. A warning is issued at once; a breach or a recall
 * waits for a senior's countersignature. After a rejected request the officer decides again.
 * When the failure is a second unacceptable absence within 12 months of a warning, breach is the expected course
 * (enforcement-rules.ts): deciding otherwise needs the officer's reason, stored with the decision and audited.
 */
export async function decideEnforcement(actor: Actor, input: unknown) {
  authorize(actor, 'enforcement.decide')
  const data = await parseAsDrawn(ZDecideEnforcement, input, enforcementAsDrawn(actor, ['AWAITING_DECISION', 'REJECTED']))
  return prisma.$transaction(async (tx) => {
    const action = await loadEnforcement(tx, actor, data.enforcementId, data.version, ['AWAITING_DECISION', 'REJECTED'])
    const active = await tx.sentence.findMany({ where: { offenderId: action.offenderId, status: 'ACTIVE' }, select: { type: true } })
    if (!decisionsFitting(active.map((a) => a.type)).includes(data.kind)) throw invalid('kind', 'kindNotForSentence')
    const { breachExpected } = await breachExpectation(tx, action.id, action.offenderId, action.failureAt)
    const noBreachReason = breachExpected && !isEscalation(data.kind) ? (data.noBreachReason ?? null) : null
    if (breachExpected && !isEscalation(data.kind) && !noBreachReason) throw invalid('noBreachReason', 'noBreachReasonRequired')
    const issued = data.kind === 'WARNING'
    await saveEnforcement(tx, action.id, data.version, {
      kind: data.kind,
      reason: data.reason,
      status: issued ? 'ISSUED' : 'AWAITING_COUNTERSIGNATURE',
      decidedById: actor.userId,
      decidedAt: new Date(),
      breachExpected,
      noBreachReason,
      countersignedById: null,
      countersignedAt: null,
      countersignNote: null,
    })
    if (issued) await recordEnforcementContact(tx, actor, action.offenderId, 'WARNING', data.reason)
    await recordAudit(tx, actor, {
      action: 'enforcement.decide',
      subjectType: 'EnforcementAction',
      subjectId: action.id,
      offenderId: action.offenderId,
      detail: { kind: data.kind, breachExpected, noBreachReason },
      // The audit column holds 500 characters; the full reasons are on the enforcement record.
      reason: data.reason.slice(0, 500),
    })
    return { id: action.id, offenderId: action.offenderId }
  })
}
