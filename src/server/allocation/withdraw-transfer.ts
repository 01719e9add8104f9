import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { AppError, notFound, staleRefusal } from '../errors'
import { assertWritableOffender } from '../offenders/assert-writable'
import { authorize, offenderVisible, type Actor } from '../policy'
import { ZWithdrawTransfer } from './allocation.schemas'
import { onSendingSide } from './sending-side'

// A pending request on a case the actor may still change, as the form drew it. Only reads, so the check of a refused
// form (parseAsDrawn) and the withdrawal itself share it.
async function withdrawable(tx: Tx, actor: Actor, transferId: string, version: number) {
  const request = await tx.transferRequest.findFirst({ where: { id: transferId, offender: offenderVisible(actor) }, select: { id: true, offenderId: true, toTeamId: true, status: true, version: true } })
  if (!request) throw notFound()
  // Decided or withdrawn from another screen since the form was drawn (walk 59 F2: "does not exist").
  if (request.status !== 'PENDING') throw staleRefusal('transferNoLongerPending')
  await assertWritableOffender(tx, actor, request.offenderId)
  if (!onSendingSide(actor, request)) throw new AppError('FORBIDDEN')
  if (request.version !== version) throw new AppError('CONFLICT')
  return request
}

// Withdraws the request at the version the form was drawn from; one changed meanwhile is a CONFLICT.
async function withdrawPending(tx: Tx, actor: Actor, data: { transferId: string; version: number; reason: string }) {
  const request = await withdrawable(tx, actor, data.transferId, data.version)
  const { count } = await tx.transferRequest.updateMany({
    where: { id: request.id, version: data.version, status: 'PENDING' },
    data: { status: 'WITHDRAWN', decidedById: actor.userId, decidedAt: new Date(), decisionNote: data.reason, version: { increment: 1 } },
  })
  if (count === 0) throw new AppError('CONFLICT')
  return request
}

/**
 * The sending side takes back a pending transfer request (issue 15 item 14): input `{ transferId, version, reason }`.
 * Only a senior who may still change the case (it has not moved yet) can; the request ends WITHDRAWN with who,
 * when and why, audited in the same transaction. Errors: NOT_FOUND (out of scope or already decided),
 * FORBIDDEN (read-only access, or the receiving team's senior: onSendingSide), CONFLICT (decided or changed meanwhile).
 */
export async function withdrawTransfer(actor: Actor, input: unknown) {
  authorize(actor, 'allocation.manage')
  const data = await parseAsDrawn(ZWithdrawTransfer, input, { id: 'transferId', check: (tx, id, version) => withdrawable(tx, actor, id, version) })
  return prisma.$transaction(async (tx) => {
    const request = await withdrawPending(tx, actor, data)
    await recordAudit(tx, actor, { action: 'transfer.withdraw', subjectType: 'TransferRequest', subjectId: request.id, offenderId: request.offenderId, reason: data.reason })
    return { id: request.id, offenderId: request.offenderId }
  })
}
