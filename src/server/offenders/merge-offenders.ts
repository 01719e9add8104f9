import 'server-only'
import { z } from 'zod'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { invalid, notFound } from '../errors'
import { authorize, offenderWritable, type Actor } from '../policy'
import { mergeAccessLists } from '../limited-access/merge-access-lists'
import { changeConsequences, keptOutNow, keptOutOfEither } from '../limited-access/list-consequences'
import { movePathwaysAndIom } from './merge-pathways-iom'
import { trimmedText, typedCrn } from '../zod-fields'

export const ZMergeOffenders = z.object({
  keepId: z.uuid(),
  mergeCrn: typedCrn(),
  reason: trimmedText().min(1).max(500),
})

/** Every table that hangs off a person, moved from the duplicate to the record that is kept. */
async function moveChildren(tx: Tx, from: string, to: string) {
  const where = { offenderId: from }
  const data = { offenderId: to }
  await tx.contact.updateMany({ where, data })
  await tx.sentence.updateMany({ where, data })
  await tx.riskFlag.updateMany({ where, data })
  await tx.enforcementAction.updateMany({ where, data })
  await tx.offenderAllocation.updateMany({ where, data })
  await tx.transferRequest.updateMany({ where: { ...where, status: 'PENDING' }, data: { status: 'REJECTED', decisionNote: 'Record merged' } })
  await tx.transferRequest.updateMany({ where, data })
  await tx.offenderDetailChange.updateMany({ where, data })
  await tx.sentencePlanObjective.updateMany({ where, data })
  await tx.offenderDocument.updateMany({ where, data })
  await tx.offenderAlias.updateMany({ where, data })
  await tx.riskAssessment.updateMany({ where, data })
  // Plan versions continue after the kept record's newest, so (offenderId, version) stays unique.
  const top = (await tx.riskManagementPlan.aggregate({ where: { offenderId: to }, _max: { version: true } }))._max.version ?? 0
  const plans = await tx.riskManagementPlan.findMany({ where, orderBy: { version: 'asc' }, select: { id: true } })
  for (const [i, plan] of plans.entries()) await tx.riskManagementPlan.update({ where: { id: plan.id }, data: { offenderId: to, version: top + i + 1 } })
  // Limited-access lists move in mergeAccessLists, which knows who manages each record.
  if (!(await tx.riskProfile.count({ where: data }))) await tx.riskProfile.updateMany({ where, data })
}

/**
 * MAPPA and COSA rows follow the person too. One nominal record per person: the kept one stays and takes the
 * duplicate's level history and agenda items. A non-association already held against the kept record is not doubled.
 */
async function moveMappaAndCosa(tx: Tx, from: string, to: string) {
  const where = { offenderId: from }
  const data = { offenderId: to }
  await tx.mappaReferral.updateMany({ where, data })
  await tx.mappaAction.updateMany({ where, data })
  await tx.mappaMinutesRequest.updateMany({ where, data })
  await tx.mappaSeriousCaseReview.updateMany({ where, data })
  await tx.cosaReferral.updateMany({ where, data })
  await tx.circle.updateMany({ where: { coreMemberId: from }, data: { coreMemberId: to } })
  const [kept, duplicate] = await Promise.all([tx.mappaNominal.findUnique({ where: { offenderId: to } }), tx.mappaNominal.findUnique({ where: { offenderId: from } })])
  if (duplicate && !kept) await tx.mappaNominal.update({ where: { id: duplicate.id }, data })
  if (duplicate && kept) {
    await tx.mappaLevelChange.updateMany({ where: { nominalId: duplicate.id }, data: { nominalId: kept.id } })
    await tx.mappaAgendaItem.updateMany({ where: { nominalId: duplicate.id }, data: { nominalId: kept.id } })
  }
  await tx.mappaAgendaItem.updateMany({ where, data })
  const keptVolunteers = (await tx.cosaNonAssociation.findMany({ where: { offenderId: to }, select: { volunteerId: true } })).map((n) => n.volunteerId)
  await tx.cosaNonAssociation.updateMany({ where: { ...where, volunteerId: { notIn: keptVolunteers } }, data })
}

/**
 * Merges a duplicate record (by CRN) into the one being kept: every contact, sentence, registration, plan,
 * document and history row moves across, the duplicate's name becomes an alias, and the audit trail of both
 * stays (audit rows refer to the duplicate's id and CRN, and the merge itself is audited on both). Limited Access
 * lists follow limited-access/merge-access-lists.ts (VALIDATION `mergeCrn: mergeManagerExcluded`).
 * Output: { id, offenderId } of the kept record, and what the merged lists now keep out, as a list change says it
 * (list-consequences.ts `changeConsequences`): `keptOutOfCircle`, the names, sorted, of COSA volunteers serving in
 * either person's circle; `chairKeptOutOf`, coming MAPPA meetings whose chair; `staffKeptOutOf`, coming appointments
 * whose staff member (break 65 F5). The senior is told, as for a list change.
 */
export async function mergeOffenders(actor: Actor, input: unknown) {
  authorize(actor, 'offender.merge')
  const { keepId, mergeCrn, reason } = ZMergeOffenders.parse(input)
  return prisma.$transaction(async (tx) => {
    const [keep, merge] = await Promise.all([
      tx.offender.findFirst({ where: { AND: [{ id: keepId }, offenderWritable(actor)] } }),
      tx.offender.findFirst({ where: { AND: [{ crn: mergeCrn }, offenderWritable(actor)] } }),
    ])
    if (!keep) throw notFound()
    if (!merge || merge.id === keep.id) throw invalid('mergeCrn', 'mergeNotFound')
    // Both records on one meeting's agenda would be two minutes about one person: the coordinator resolves that first.
    if (await tx.mappaAgendaItem.count({ where: { offenderId: merge.id, meeting: { agendaItems: { some: { offenderId: keep.id } } } } })) {
      throw invalid('mergeCrn', 'mergeSameMeeting')
    }
    // Whom the lists brought together now keep out of work they hold on either person: volunteers of either circle
    // (h17g left item of issue 17), chairs of coming meetings and staff of coming appointments (break 65 F5).
    const before = keptOutOfEither(await keptOutNow(tx, keep.id), await keptOutNow(tx, merge.id))
    await mergeAccessLists(tx, actor, merge, keep, reason)
    await moveChildren(tx, merge.id, keep.id)
    await moveMappaAndCosa(tx, merge.id, keep.id)
    await movePathwaysAndIom(tx, merge.id, keep.id)
    await tx.offenderAlias.create({ data: { offenderId: keep.id, firstName: merge.firstName, lastName: merge.lastName } })
    await tx.offenderDetailChange.create({ data: { offenderId: keep.id, field: 'mergedFrom', oldValue: null, newValue: merge.crn, changedById: actor.userId } })
    // The removed record's id and CRN keep pointing at the survivor, also for records merged into it before (issue 15 item 13).
    await tx.offenderMerge.updateMany({ where: { keptId: merge.id }, data: { keptId: keep.id } })
    await tx.offenderMerge.create({ data: { mergedId: merge.id, mergedCrn: merge.crn, keptId: keep.id, mergedById: actor.userId } })
    await tx.offender.delete({ where: { id: merge.id } })
    if (!keep.pncId && merge.pncId) await tx.offender.update({ where: { id: keep.id }, data: { pncId: merge.pncId } })
    await tx.offender.update({ where: { id: keep.id }, data: { version: { increment: 1 } } })
    const { audit, told } = changeConsequences(before, await keptOutNow(tx, keep.id))
    for (const offenderId of [keep.id, merge.id]) {
      await recordAudit(tx, actor, { action: 'offender.merge', subjectType: 'Offender', subjectId: offenderId, offenderId, reason, detail: { kept: keep.crn, merged: merge.crn, ...audit } })
    }
    return { id: keep.id, offenderId: keep.id, ...told }
  })
}
