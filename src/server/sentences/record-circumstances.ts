import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { createOnce, replayOf } from '../idempotency'
import { assertWritableOffender } from '../offenders/assert-writable'
import { authorize, type Actor } from '../policy'
import { asDate } from '../zod-fields'
import { ZRecordCircumstances } from './changes.schemas'

/**
 * A dated accommodation and employment update for the person (occasion REVIEW), e.g. when they move or find work.
 * The history only grows: the newest row is the current status.
 */
export async function recordCircumstances(actor: Actor, input: unknown) {
  authorize(actor, 'offender.update')
  const c = ZRecordCircumstances.parse(input)
  return createOnce(() =>
    prisma.$transaction(async (tx) => {
      const earlier = await tx.circumstanceSnapshot.findUnique({ where: { idempotencyKey: c.idempotencyKey }, select: { id: true, offenderId: true, recordedById: true } })
      const replay = replayOf(earlier, actor, c.offenderId)
      if (replay) return replay
      await assertWritableOffender(tx, actor, c.offenderId)
      const row = await tx.circumstanceSnapshot.create({
        data: { offenderId: c.offenderId, occasion: 'REVIEW', asAt: asDate(c.asAt), accommodation: c.accommodation, ete: c.ete, recordedById: actor.userId, idempotencyKey: c.idempotencyKey },
        select: { id: true, offenderId: true },
      })
      await recordAudit(tx, actor, { action: 'circumstances.record', subjectType: 'CircumstanceSnapshot', subjectId: row.id, offenderId: c.offenderId, detail: { asAt: c.asAt, accommodation: c.accommodation, ete: c.ete } })
      return row
    }),
  )
}
