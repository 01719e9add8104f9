import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import type { ObjectiveStatus, Pathway } from '../../generated/prisma/enums'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { AppError, invalid, notFound } from '../errors'
import { assertWritableOffender } from '../offenders/assert-writable'
import { restrictedPathwayReaders } from '../policy/pathway-scopes'
import { authorize, can, laoVisible, offenderReadScope, offenderVisible, type Actor } from '../policy'
import { womenOnlyPathways, ZAddObjective, ZUpdateObjective } from './plan.schemas'

const womensPathways = womenOnlyPathways as readonly Pathway[]

export async function addObjective(actor: Actor, input: unknown) {
  authorize(actor, 'offender.update')
  const data = ZAddObjective.parse(input)
  return prisma.$transaction(async (tx) => {
    await assertWritableOffender(tx, actor, data.offenderId)
    if (womenOnlyPathways.includes(data.pathway)) {
      const person = await tx.offender.findUniqueOrThrow({ where: { id: data.offenderId }, select: { sex: true } })
      if (person.sex !== 'FEMALE') throw invalid('pathway', 'pathwayWomenOnly')
    }
    const objective = await tx.sentencePlanObjective.create({ data: { ...data, createdById: actor.userId }, select: { id: true } })
    await recordAudit(tx, actor, { action: 'plan.addObjective', subjectType: 'SentencePlanObjective', subjectId: objective.id, offenderId: data.offenderId, detail: { pathway: data.pathway } })
    return { id: objective.id, offenderId: data.offenderId }
  })
}

// An objective the actor may change, at the version the form was drawn from (a save from a stale form is a CONFLICT).
async function objectiveForChange(tx: Tx, actor: Actor, objectiveId: string, version: number, data: { status?: ObjectiveStatus } = {}) {
  const objective = await tx.sentencePlanObjective.findFirst({ where: { id: objectiveId, offender: offenderVisible(actor) }, select: { id: true, offenderId: true, status: true } })
  if (!objective) throw notFound()
  await assertWritableOffender(tx, actor, objective.offenderId)
  const { count } = await tx.sentencePlanObjective.updateMany({ where: { id: objective.id, version }, data: { ...data, version: { increment: 1 } } })
  if (count === 0) throw new AppError('CONFLICT')
  return objective
}

export async function updateObjective(actor: Actor, input: unknown) {
  authorize(actor, 'offender.update')
  const data = await parseAsDrawn(ZUpdateObjective, input, { id: 'objectiveId', check: (tx, id, version) => objectiveForChange(tx, actor, id, version) })
  return prisma.$transaction(async (tx) => {
    const objective = await objectiveForChange(tx, actor, data.objectiveId, data.version, { status: data.status })
    await recordAudit(tx, actor, { action: 'plan.updateObjective', subjectType: 'SentencePlanObjective', subjectId: objective.id, offenderId: objective.offenderId, detail: { from: objective.status, to: data.status } })
    return { id: objective.id, offenderId: objective.offenderId }
  })
}

/**
 * The plan for one person, if the actor may see it (the record page has checked visibility already). Objectives on
 * a women's pathway follow that pathway's restriction: shown to those who manage the person's pathways, or to all
 * readers once the offender manager has lifted it.
 */
export async function findObjectives(actor: Actor, offenderId: string) {
  if (!can(actor, 'offender.read')) return []
  return prisma.sentencePlanObjective.findMany({
    where: {
      offenderId,
      offender: { AND: [offenderReadScope(actor), laoVisible(actor)] },
      OR: [
        { pathway: { notIn: [...womensPathways] } },
        { offender: restrictedPathwayReaders(actor) },
        ...womensPathways.map((pathway) => ({ pathway, offender: { pathwayAssessments: { some: { pathway, restricted: false } } } })),
      ],
    },
    orderBy: [{ dueDate: 'asc' }, { createdAt: 'asc' }],
  })
}

export type Objective = Awaited<ReturnType<typeof findObjectives>>[number]
