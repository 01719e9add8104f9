import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError, notFound } from '../errors'
import { assertWritableOffender } from '../offenders/assert-writable'
import { authorize, offenderVisible, type Actor } from '../policy'
import { ZWithdrawTransfer } from './allocation.schemas'

/**
 * The sending side takes back a pending transfer request (issue 15 item 14): input `{ transferId, version, reason }`.
 * Only a senior who may still change the case (it has not moved yet) can; the request ends WITHDRAWN with who,
 * when and why, audited in the same transaction. Errors: NOT_FOUND (out of scope or already decided),
 * FORBIDDEN (read-only access, e.g. the receiving senior), CONFLICT (decided or changed meanwhile).
 */
export async function withdrawTransfer(actor: Actor, input: unknown) {
  authorize(actor, 'allocation.manage')
  const data = ZWithdrawTransfer.parse(input)
  return prisma.$transaction(async (tx) => {
    const request = await tx.transferRequest.findFirst({ where: { id: data.transferId, status: 'PENDING', offender: offenderVisible(actor) }, select: { id: true, offenderId: true } })
    if (!request) throw notFound()
    await assertWritableOffender(tx, actor, request.offenderId)
    const { count } = await tx.transferRequest.updateMany({
      where: { id: request.id, version: data.version, status: 'PENDING' },
      data: { status: 'WITHDRAWN', decidedById: actor.userId, decidedAt: new Date(), decisionNote: data.reason, version: { increment: 1 } },
    })
    if (count === 0) throw new AppError('CONFLICT')
    await recordAudit(tx, actor, { action: 'transfer.withdraw', subjectType: 'TransferRequest', subjectId: request.id, offenderId: request.offenderId, reason: data.reason })
    return { id: request.id, offenderId: request.offenderId }
  })
}
