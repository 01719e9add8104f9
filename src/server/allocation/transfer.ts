import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { AppError, invalid, notFound, staleRefusal } from '../errors'
import { assertWritableOffender } from '../offenders/assert-writable'
import { authorize, laoVisible, type Actor } from '../policy'
import { ZDecideTransfer, ZRequestTransfer } from './allocation.schemas'
import { recordAllocation } from './record-allocation'
import { oneOpenAtATime } from '../one-open'
import { lockRow } from '../row-lock'
import { restrictionFollowsAllocation } from '../limited-access/follow-allocation'

const PROBATION_KINDS = ['NPS', 'CRC'] as const

// The request form is gone from the page once one waits (the record shows the waiting one instead), so this is said
// at the top with the reload, without the script too (break 61 F3: nothing at all was said).
const pending = () => staleRefusal('transferPending')

/**
 * The person as the request form drew them: writable by the actor (else NOT_FOUND), with no transfer waiting (else
 * `transferPending`, stale). Shared by the refusal of a form's answers (parseAsDrawn: a second tab's request with its
 * reason blank came back without a word, the waiting request looking like its own, walk 63 F10) and the request itself.
 */
async function transferableWithoutPending(tx: Tx, actor: Actor, offenderId: string) {
  await assertWritableOffender(tx, actor, offenderId)
  if (await tx.transferRequest.count({ where: { offenderId, status: 'PENDING' } })) throw pending()
}

/**
 * Asks another probation team (another LDU, or across NPS and CRC) to take the case. One transfer waits per person at
 * a time, held by a partial unique index so simultaneous requests cannot each slip past the count.
 * Errors: VALIDATION `transferPending` on the whole form, stale, when one is already waiting, also before the form's
 * wrong answers; toTeamId `chooseOption` for an unfit team.
 */
export async function requestTransfer(actor: Actor, input: unknown) {
  authorize(actor, 'allocation.manage')
  const data = await parseAsDrawn(ZRequestTransfer, input, { id: 'offenderId', versioned: false, check: (tx, id) => transferableWithoutPending(tx, actor, id) })
  return oneOpenAtATime(['TransferRequest_one_pending_per_offender', 'offenderId'], pending, () => prisma.$transaction(async (tx) => {
    await transferableWithoutPending(tx, actor, data.offenderId)
    const offender = await tx.offender.findUniqueOrThrow({ where: { id: data.offenderId }, select: { teamId: true } })
    const team = await tx.team.findFirst({ where: { id: data.toTeamId, areaId: { not: null }, agency: { kind: { in: [...PROBATION_KINDS] } } }, select: { id: true } })
    if (!team || team.id === offender.teamId) throw invalid('toTeamId', 'chooseOption')
    const request = await tx.transferRequest.create({ data: { ...data, fromTeamId: offender.teamId, requestedById: actor.userId }, select: { id: true } })
    await recordAudit(tx, actor, { action: 'transfer.request', subjectType: 'TransferRequest', subjectId: request.id, offenderId: data.offenderId, reason: data.reason, detail: { toTeamId: data.toTeamId } })
    return { id: request.id, offenderId: data.offenderId }
  }))
}

// A request to the actor's team, still pending (else transferNoLongerPending, stale), as the form drew it. Only reads,
// so the check of a refused form (parseAsDrawn) and the decision itself share it.
async function pendingForTeam(tx: Tx, actor: Actor, transferId: string, version: number) {
  const request = await tx.transferRequest.findFirst({
    where: { id: transferId, toTeamId: actor.teamId ?? '00000000-0000-0000-0000-000000000000', offender: laoVisible(actor) },
    select: { id: true, offenderId: true, toTeamId: true, reason: true, status: true, version: true },
  })
  if (!request) throw notFound()
  // Withdrawn or decided from another screen since the list was drawn: said so, not "does not exist" (walk 61 F4).
  if (request.status !== 'PENDING') throw staleRefusal('transferNoLongerPending')
  if (request.version !== version) throw new AppError('CONFLICT')
  return request
}

// Decides the request at the version the form was drawn from; one decided meanwhile is a CONFLICT.
async function decidePending(tx: Tx, actor: Actor, data: { transferId: string; version: number; decision: 'ACCEPT' | 'REJECT'; note?: string }) {
  const request = await pendingForTeam(tx, actor, data.transferId, data.version)
  const { count } = await tx.transferRequest.updateMany({
    where: { id: request.id, version: data.version, status: 'PENDING' },
    data: { status: data.decision === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED', decidedById: actor.userId, decidedAt: new Date(), decisionNote: data.note ?? null, version: { increment: 1 } },
  })
  if (count === 0) throw new AppError('CONFLICT')
  return request
}

/**
 * The receiving team's senior accepts (the case moves, unallocated, to their team, LDU and agency) or
 * rejects with a reason. Only a senior of the receiving team who may see the person can decide, so one excluded from
 * them never receives them. On acceptance the previous offender manager's automatic restriction-list entry goes in
 * the same transaction (limited-access/follow-allocation.ts).
 */
export async function decideTransfer(actor: Actor, input: unknown) {
  authorize(actor, 'allocation.manage')
  const data = await parseAsDrawn(ZDecideTransfer, input, { id: 'transferId', check: (tx, id, version) => pendingForTeam(tx, actor, id, version) })
  return prisma.$transaction(async (tx) => {
    const request = await decidePending(tx, actor, data)
    if (data.decision === 'ACCEPT') {
      const team = await tx.team.findUniqueOrThrow({ where: { id: request.toTeamId }, select: { id: true, areaId: true, agencyId: true } })
      await lockRow(tx, 'Offender', request.offenderId)
      const before = await tx.offender.findUniqueOrThrow({ where: { id: request.offenderId }, select: { offenderManagerId: true } })
      await tx.offender.update({ where: { id: request.offenderId }, data: { teamId: team.id, lduId: team.areaId, responsibleAgencyId: team.agencyId, offenderManagerId: null, version: { increment: 1 } } })
      // The sending team's offender manager no longer manages the case: an entry the app gave them goes (sec18b item 2).
      await restrictionFollowsAllocation(tx, actor, { offenderId: request.offenderId, from: before.offenderManagerId, to: null, reason: request.reason, cause: 'transfer' })
      await recordAllocation(tx, actor.userId, { offenderId: request.offenderId, kind: 'TRANSFERRED', agencyId: team.agencyId, lduId: team.areaId, teamId: team.id, offenderManagerId: null, reason: request.reason })
    }
    await recordAudit(tx, actor, { action: data.decision === 'ACCEPT' ? 'transfer.accept' : 'transfer.reject', subjectType: 'TransferRequest', subjectId: request.id, offenderId: request.offenderId, reason: data.note ?? null })
    return { id: request.id, offenderId: request.offenderId, decision: data.decision }
  })
}
