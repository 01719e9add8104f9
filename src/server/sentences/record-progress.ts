import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { invalid, notFound, staleRefusal } from '../errors'
import { assertWritableOffender } from '../offenders/assert-writable'
import { authorize, offenderVisible, type Actor } from '../policy'
import { ZRecordProgress } from './sentence.schemas'

// A requirement still counted on an active order the actor may change: NOT_FOUND once removed, a stale refusal once
// the order ended.
async function requirementForProgress(tx: Tx, actor: Actor, requirementId: string) {
  const requirement = await tx.sentenceRequirement.findFirst({
    where: { id: requirementId, removedOn: null, sentence: { offender: offenderVisible(actor) } },
    select: { id: true, kind: true, sentence: { select: { offenderId: true, startDate: true, status: true } } },
  })
  if (!requirement) throw notFound()
  // Only a form drawn before the order ended reaches this (walk 59 F2: it said "does not exist").
  if (requirement.sentence.status !== 'ACTIVE') throw staleRefusal('sentenceEnded')
  await assertWritableOffender(tx, actor, requirement.sentence.offenderId)
  return requirement
}

/**
 * Adds hours or days worked towards a requirement of an active sentence and keeps the running total. The row
 * is locked first, so two officers recording at once cannot take the total past what the court ordered.
 */
export async function recordRequirementProgress(actor: Actor, input: unknown) {
  authorize(actor, 'offender.update')
  const { requirementId, units, workedOn, note } = await parseAsDrawn(ZRecordProgress, input, { id: 'requirementId', versioned: false, check: (tx, id) => requirementForProgress(tx, actor, id) })
  return prisma.$transaction(async (tx) => {
    const requirement = await requirementForProgress(tx, actor, requirementId)
    const offenderId = requirement.sentence.offenderId
    if (workedOn < requirement.sentence.startDate) throw invalid('workedOn', 'beforeSentence')
    const [locked] = await tx.$queryRaw<{ unitsOrdered: number | null; unitsCompleted: number | null }[]>`
      SELECT "unitsOrdered", "unitsCompleted" FROM "SentenceRequirement" WHERE id = ${requirementId}::uuid FOR UPDATE`
    if (!locked || locked.unitsOrdered === null) throw invalid('units', 'notCounted')
    const done = locked.unitsCompleted ?? 0
    if (done + units > locked.unitsOrdered) throw invalid('units', 'moreThanOrdered')
    const entry = await tx.requirementProgress.create({ data: { requirementId, units, workedOn, note, recordedById: actor.userId }, select: { id: true } })
    await tx.sentenceRequirement.update({ where: { id: requirementId }, data: { unitsCompleted: done + units } })
    await recordAudit(tx, actor, {
      action: 'requirement.progress',
      subjectType: 'SentenceRequirement',
      subjectId: requirementId,
      offenderId,
      detail: { kind: requirement.kind, units, total: done + units, ordered: locked.unitsOrdered },
    })
    return { id: entry.id, offenderId, total: done + units }
  })
}
