import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError, invalid, notFound } from '../errors'
import { assertWritableOffender } from '../offenders/assert-writable'
import { authorize, offenderVisible, type Actor } from '../policy'
import { asDate } from '../zod-fields'
import { ZTerminateSentence } from './changes.schemas'

/**
 * Ends an active order, licence or sentence with a reason, and records the accommodation and employment snapshot in
 * the same transaction (nothing is saved without it). "Completed" ends it as completed; every other reason terminates it.
 * A save against an older version is refused with CONFLICT (security.md RL-1). Nothing is deleted.
 */
export async function terminateSentence(actor: Actor, input: unknown) {
  authorize(actor, 'sentence.manage')
  const t = ZTerminateSentence.parse(input)
  return prisma.$transaction(async (tx) => {
    const sentence = await tx.sentence.findFirst({
      where: { id: t.sentenceId, offender: offenderVisible(actor) },
      select: { id: true, offenderId: true, status: true, startDate: true, version: true, type: true },
    })
    if (!sentence) throw notFound()
    await assertWritableOffender(tx, actor, sentence.offenderId)
    if (sentence.status !== 'ACTIVE') throw invalid('reason', 'sentenceEnded')
    const terminatedOn = asDate(t.terminatedOn)
    if (terminatedOn < sentence.startDate) throw invalid('terminatedOn', 'beforeSentence')
    const { count } = await tx.sentence.updateMany({
      where: { id: sentence.id, version: t.version, status: 'ACTIVE' },
      data: { status: t.reason === 'COMPLETED' ? 'COMPLETED' : 'TERMINATED', terminationReason: t.reason, terminatedOn, version: { increment: 1 } },
    })
    if (count === 0) throw new AppError('CONFLICT', 'CONFLICT', undefined, { current: { version: sentence.version } })
    const snapshot = await tx.circumstanceSnapshot.create({
      data: { offenderId: sentence.offenderId, sentenceId: sentence.id, occasion: 'TERMINATION', asAt: terminatedOn, accommodation: t.accommodation, ete: t.ete, recordedById: actor.userId },
      select: { id: true },
    })
    const values = { reason: t.reason, terminatedOn: t.terminatedOn, accommodation: t.accommodation, ete: t.ete }
    await tx.sentenceEvent.create({ data: { sentenceId: sentence.id, offenderId: sentence.offenderId, type: 'TERMINATED', values, actorId: actor.userId } })
    await recordAudit(tx, actor, { action: 'sentence.terminate', subjectType: 'Sentence', subjectId: sentence.id, offenderId: sentence.offenderId, detail: { ...values, snapshotId: snapshot.id, fromVersion: t.version } })
    return { id: sentence.id, offenderId: sentence.offenderId }
  })
}
