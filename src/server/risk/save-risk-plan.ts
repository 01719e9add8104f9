import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError, changedShowingSaved } from '../errors'
import { assertWritableOffender } from '../offenders/assert-writable'
import { authorize, type Actor } from '../policy'
import { ZSaveRiskPlan } from './risk.schemas'

/**
 * Adds a new dated version of the risk management plan. It must be based on the version in force: if someone
 * saved in between, CONFLICT carries their plan so the form can show it beside the user's own text (RL-1).
 */
export async function saveRiskPlan(actor: Actor, input: unknown) {
  authorize(actor, 'risk.update')
  const { offenderId, basedOnVersion, ...plan } = ZSaveRiskPlan.parse(input)
  return prisma.$transaction(async (tx) => {
    await assertWritableOffender(tx, actor, offenderId)
    const current = await tx.riskManagementPlan.findFirst({ where: { offenderId }, orderBy: { version: 'desc' } })
    if ((current?.version ?? 0) !== basedOnVersion) throw current ? changedShowingSaved(current) : new AppError('CONFLICT')
    // The unique (offenderId, version) index stops two simultaneous saves both becoming version n+1.
    const saved = await tx.riskManagementPlan.create({ data: { ...plan, offenderId, version: basedOnVersion + 1, authorId: actor.userId }, select: { id: true, version: true } })
    await recordAudit(tx, actor, { action: 'riskPlan.save', subjectType: 'RiskManagementPlan', subjectId: saved.id, offenderId, detail: { version: saved.version } })
    return { id: saved.id, offenderId, version: saved.version }
  })
}
