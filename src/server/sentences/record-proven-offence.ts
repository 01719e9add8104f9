import 'server-only'
import { londonMidnight } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { createOnce, replayOf } from '../idempotency'
import { assertWritableOffender } from '../offenders/assert-writable'
import { authorize, type Actor } from '../policy'
import { asDate } from '../zod-fields'
import { ZProvenOffence } from './changes.schemas'

/**
 * Records a further conviction or caution: the event proven reoffending is measured from (MoJ binary measure), so it is
 * its own record, not a contact note. Police record them for people in their scope, probation for their own cases.
 */
export async function recordProvenOffence(actor: Actor, input: unknown) {
  authorize(actor, 'conviction.record')
  const p = ZProvenOffence.parse(input)
  return createOnce(() =>
    prisma.$transaction(async (tx) => {
      const earlier = await tx.provenOffence.findUnique({ where: { idempotencyKey: p.idempotencyKey }, select: { id: true, offenderId: true, recordedById: true } })
      const replay = replayOf(earlier, actor, p.offenderId)
      if (replay) return replay
      await assertWritableOffender(tx, actor, p.offenderId)
      const row = await tx.provenOffence.create({
        data: {
          ...p,
          sentenceType: p.sentenceType ?? null,
          offenceDate: asDate(p.offenceDate),
          provenOn: asDate(p.provenOn),
          occurredAt: londonMidnight(p.provenOn),
          recordedById: actor.userId,
          recordedAgencyId: actor.agencyId,
        },
        select: { id: true, offenderId: true },
      })
      await recordAudit(tx, actor, {
        action: 'conviction.record',
        subjectType: 'ProvenOffence',
        subjectId: row.id,
        offenderId: p.offenderId,
        detail: { disposal: p.disposal, category: p.category, sentenceType: p.sentenceType ?? null, provenOn: p.provenOn },
      })
      return row
    }),
  )
}
