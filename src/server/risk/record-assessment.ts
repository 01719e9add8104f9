import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError } from '../errors'
import { assertWritableOffender } from '../offenders/assert-writable'
import { authorize, type Actor } from '../policy'
import { roshLevels, ZRecordAssessment } from './risk.schemas'

type Level = (typeof roshLevels)[number]
/** Overall RoSH is the highest rating in any group and setting (OASys). */
const highest = (levels: Level[]): Level => levels.reduce((a, b) => (roshLevels.indexOf(b) > roshLevels.indexOf(a) ? b : a), 'LOW')

/**
 * Records a new RoSH and predictor assessment: it becomes the profile in force (so tier and priority groups
 * follow it at once) and is kept whole in the history. Based on a stale profile version → CONFLICT (RL-1).
 */
export async function recordRiskAssessment(actor: Actor, input: unknown) {
  authorize(actor, 'risk.update')
  const { offenderId, basedOnVersion, assessedOn, ratings, predictors } = ZRecordAssessment.parse(input)
  const overallRosh = highest(ratings.map((r) => r.level))
  return prisma.$transaction(async (tx) => {
    await assertWritableOffender(tx, actor, offenderId)
    const current = await tx.riskProfile.findUnique({ where: { offenderId }, select: { id: true, version: true, overallRosh: true, assessedAt: true } })
    if ((current?.version ?? 0) !== basedOnVersion) throw new AppError('CONFLICT', 'CONFLICT', undefined, { version: current?.version, overallRosh: current?.overallRosh })
    const profile = { overallRosh, assessedAt: assessedOn, ...predictors }
    const saved = current
      ? await tx.riskProfile.update({ where: { id: current.id }, data: { ...profile, version: { increment: 1 } }, select: { id: true, version: true } })
      : await tx.riskProfile.create({ data: { ...profile, offenderId }, select: { id: true, version: true } })
    await tx.roshRating.deleteMany({ where: { riskProfileId: saved.id } })
    await tx.roshRating.createMany({ data: ratings.map((r) => ({ ...r, riskProfileId: saved.id })) })
    const history = await tx.riskAssessment.create({ data: { offenderId, overallRosh, ratings, ...predictors, assessedOn, authorId: actor.userId }, select: { id: true } })
    await recordAudit(tx, actor, {
      action: 'risk.assess',
      subjectType: 'RiskAssessment',
      subjectId: history.id,
      offenderId,
      detail: { overallRosh, previous: current?.overallRosh ?? null, version: saved.version },
    })
    return { id: history.id, offenderId, version: saved.version }
  })
}
