import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { dateOnly, londonMidnight } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { invalid } from '../errors'
import { authorize, type Actor } from '../policy'
import { asDate } from '../zod-fields'
import { ZTerminateSentence } from './changes.schemas'
import { endingProblem } from './ending-rules'
import { sentenceAsDrawn, sentenceForChange } from './sentence-for-change'

/**
 * Ends an active order, licence or sentence with a reason, and records the accommodation and employment snapshot in
 * the same transaction (nothing is saved without it). "Completed" ends it as completed; every other reason terminates it.
 * A save against an older version is refused with CONFLICT (security.md RL-1). Nothing is deleted.
 */
export async function terminateSentence(actor: Actor, input: unknown) {
  authorize(actor, 'sentence.manage')
  const t = await parseAsDrawn(ZTerminateSentence, input, sentenceAsDrawn(actor))
  return prisma.$transaction(async (tx) => {
    const terminatedOn = asDate(t.terminatedOn)
    const sentence = await sentenceForChange(tx, actor, { ...t, on: t.terminatedOn }, { status: t.reason === 'COMPLETED' ? 'COMPLETED' : 'TERMINATED', terminationReason: t.reason, terminatedOn }, 'terminatedOn')
    const order = await tx.sentence.findUniqueOrThrow({
      where: { id: sentence.id },
      select: { startDate: true, expectedEndDate: true, requirements: { select: { kind: true, unitsOrdered: true, unitsCompleted: true, removedOn: true } } },
    })
    const requirements = order.requirements.map((r) => ({ ...r, removed: r.removedOn !== null }))
    const problem = endingProblem(t.reason, t.terminatedOn, { startDate: dateOnly(order.startDate), expectedEndDate: dateOnly(order.expectedEndDate), requirements })
    if (problem) throw invalid(problem === 'completedTooEarly' ? 'reason' : 'terminatedOn', problem)
    const snapshot = await tx.circumstanceSnapshot.create({
      data: { offenderId: sentence.offenderId, sentenceId: sentence.id, occasion: 'TERMINATION', asAt: terminatedOn, accommodation: t.accommodation, ete: t.ete, recordedById: actor.userId },
      select: { id: true },
    })
    const values = { reason: t.reason, terminatedOn: t.terminatedOn, accommodation: t.accommodation, ete: t.ete }
    await tx.sentenceEvent.create({ data: { sentenceId: sentence.id, offenderId: sentence.offenderId, type: 'TERMINATED', values, actorId: actor.userId, occurredAt: londonMidnight(t.terminatedOn) } })
    await recordAudit(tx, actor, { action: 'sentence.terminate', subjectType: 'Sentence', subjectId: sentence.id, offenderId: sentence.offenderId, detail: { ...values, snapshotId: snapshot.id, fromVersion: t.version } })
    return { id: sentence.id, offenderId: sentence.offenderId }
  })
}
