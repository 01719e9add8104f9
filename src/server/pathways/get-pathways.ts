import 'server-only'
import type { Pathway } from '../../generated/prisma/enums'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { notFound } from '../errors'
import { ZOffenderId } from '../offenders/offender.schemas'
import { personHeading } from '../offenders/person-heading'
import { authorize, can, offenderVisible, type Actor } from '../policy'
import { pathwayAssessmentReadable, restrictedPathwayReaders } from '../policy/pathway-scopes'
import { isHiddenFrom, pathwaysFor, restrictedByDefault } from './pathways'
import { supportNeedsByIds } from './support-needs'

const assessmentSelect = {
  pathway: true,
  need: true,
  status: true,
  needIds: true,
  restricted: true,
  version: true,
  updates: {
    orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }],
    select: { id: true, createdAt: true, need: true, status: true, note: true, author: { select: { name: true } }, authorAgency: { select: { name: true, nameCy: true } } },
  },
}

/**
 * A person's pathways page: each of their pathways with its need, status, support needs, sentence-plan objectives
 * and history. A restricted pathway is read in full only by those who manage the person's pathways; everyone else
 * who can read the record learns that it exists and is restricted, and its detail is never loaded for them.
 */
export async function getOffenderPathways(actor: Actor, id: unknown) {
  authorize(actor, 'offender.read')
  const parsed = ZOffenderId.safeParse(id)
  if (!parsed.success) throw notFound()
  const offenderId = parsed.data
  const person = await prisma.offender.findFirst({ where: { AND: [{ id: offenderId }, offenderVisible(actor)] }, select: { ...personHeading, sex: true } })
  if (!person) throw notFound()
  const canSeeRestricted = (await prisma.offender.count({ where: { AND: [{ id: offenderId }, restrictedPathwayReaders(actor)] } })) === 1
  // Whether each pathway is restricted is not itself restricted: readers are told a restricted pathway exists.
  const flags = await prisma.pathwayAssessment.findMany({ where: { offenderId }, select: { pathway: true, restricted: true } })
  const flagOf = (p: Pathway) => flags.find((f) => f.pathway === p) ?? null
  const shown = pathwaysFor(person.sex).filter((p) => !isHiddenFrom(p, flagOf(p), canSeeRestricted))
  const [assessments, objectives] = await Promise.all([
    prisma.pathwayAssessment.findMany({ where: { AND: [{ offenderId, pathway: { in: shown } }, pathwayAssessmentReadable(actor)] }, select: assessmentSelect }),
    prisma.sentencePlanObjective.findMany({
      where: { offenderId, pathway: { in: shown } },
      orderBy: [{ dueDate: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, pathway: true, objective: true, dueDate: true, status: true },
    }),
  ])
  // Those who may read a restricted pathway are exactly those who manage (update) the person's pathways.
  const canUpdate = canSeeRestricted
  const chosen = await supportNeedsByIds([...new Set(assessments.flatMap((a) => a.needIds))])
  const active = canUpdate ? await prisma.supportNeed.findMany({ where: { pathway: { in: shown }, active: true }, orderBy: [{ sortOrder: 'asc' }, { label: 'asc' }], select: { id: true, pathway: true, label: true, labelCy: true, active: true } }) : []
  await recordAudit(prisma, actor, { action: 'pathway.view', subjectType: 'Offender', subjectId: offenderId, offenderId })

  const pathways = pathwaysFor(person.sex).map((pathway) => {
    if (!shown.includes(pathway)) return { pathway, hidden: true as const }
    const a = assessments.find((x) => x.pathway === pathway) ?? null
    const needs = (a?.needIds ?? []).map((nid) => chosen.find((n) => n.id === nid)).filter((n) => n !== undefined)
    // The form offers the pathway's active needs and keeps any already chosen that have since been withdrawn.
    const choices = canUpdate ? [...active.filter((n) => n.pathway === pathway), ...needs.filter((n) => !n.active)] : []
    return {
      pathway,
      hidden: false as const,
      restricted: a?.restricted ?? restrictedByDefault(pathway),
      version: a?.version ?? 0,
      need: a?.need ?? null,
      status: a?.status ?? null,
      needs,
      choices,
      updates: (a?.updates ?? []).map((u) => ({ ...u, id: String(u.id) })),
      objectives: objectives.filter((o) => o.pathway === pathway),
    }
  })
  return { person: { id: person.id, crn: person.crn, firstName: person.firstName, lastName: person.lastName }, canUpdate, canRefer: can(actor, 'partner.refer') && canUpdate, pathways }
}

export type OffenderPathways = Awaited<ReturnType<typeof getOffenderPathways>>
export type PathwayEntry = OffenderPathways['pathways'][number]
