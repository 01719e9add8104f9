import 'server-only'
import type { Pathway, PathwayNeed, PathwayStatus } from '../../generated/prisma/enums'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { AppError, invalid } from '../errors'
import { assertWritableOffender } from '../offenders/assert-writable'
import { authorize, type Actor } from '../policy'
import { ZPathwayUpdate } from './pathway.schemas'
import { pathwaysFor, restrictedByDefault } from './pathways'

/** The person must have the pathway at all: the women's pathways are refused for anyone but a woman. */
export async function assertPathwayApplies(tx: Tx, offenderId: string, pathway: Pathway) {
  const person = await tx.offender.findUniqueOrThrow({ where: { id: offenderId }, select: { sex: true } })
  if (!pathwaysFor(person.sex).includes(pathway)) throw invalid('pathway', 'pathwayWomenOnly')
}

type AssessmentChange = { need?: PathwayNeed; status?: PathwayStatus; needIds?: string[]; restricted?: boolean }

/**
 * Claims one person's pathway at the version the worker saw: creates it on the first update (restricted if it is a
 * women's pathway), else moves it on one version. Anyone else's change in between is a CONFLICT (security.md RL-1).
 */
export async function claimAssessment(tx: Tx, offenderId: string, pathway: Pathway, version: number, data: AssessmentChange) {
  if (version === 0) {
    // ON CONFLICT DO NOTHING: a first update that lost the race to another first update is a conflict, not an error.
    const { count } = await tx.pathwayAssessment.createMany({ data: [{ offenderId, pathway, restricted: restrictedByDefault(pathway), ...data }], skipDuplicates: true })
    if (count === 0) throw new AppError('CONFLICT')
  } else {
    const { count } = await tx.pathwayAssessment.updateMany({ where: { offenderId, pathway, version }, data: { ...data, version: { increment: 1 } } })
    if (count === 0) throw new AppError('CONFLICT')
  }
  return tx.pathwayAssessment.findUniqueOrThrow({ where: { offenderId_pathway: { offenderId, pathway } }, select: { id: true, restricted: true } })
}

/**
 * The offender manager (or a senior over the case) records the person's need and status on a pathway, with the
 * support needs that apply and a note. Every update is kept with its author's agency: the pathway's history.
 */
export async function updatePathway(actor: Actor, input: unknown) {
  authorize(actor, 'pathway.update')
  const { offenderId, pathway, version, need, status, needIds, note } = ZPathwayUpdate.parse(input)
  return prisma.$transaction(async (tx) => {
    await assertWritableOffender(tx, actor, offenderId)
    await assertPathwayApplies(tx, offenderId, pathway)
    const before = await tx.pathwayAssessment.findUnique({ where: { offenderId_pathway: { offenderId, pathway } }, select: { needIds: true } })
    // Needs must be this pathway's and active; one withdrawn from the catalogue may stay where it was already chosen.
    const kept = before?.needIds ?? []
    const valid = await tx.supportNeed.count({ where: { id: { in: needIds }, pathway, OR: [{ active: true }, { id: { in: kept } }] } })
    if (valid !== needIds.length) throw invalid('needIds', 'chooseOption')
    const assessment = await claimAssessment(tx, offenderId, pathway, version, { need, status, needIds })
    const update = await tx.pathwayUpdate.create({
      data: { assessmentId: assessment.id, need, status, needIds, note, authorId: actor.userId, authorAgencyId: actor.agencyId },
      select: { id: true },
    })
    await recordAudit(tx, actor, {
      action: 'pathway.update',
      subjectType: 'PathwayAssessment',
      subjectId: assessment.id,
      offenderId,
      // The audit log is read by auditors, not only the case's workers: a restricted pathway's need stays out of it.
      detail: assessment.restricted ? { pathway, updateId: String(update.id) } : { pathway, need, status, updateId: String(update.id) },
    })
    return { id: assessment.id, offenderId }
  })
}
