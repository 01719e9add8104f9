import 'server-only'
import { whenMissing } from '../missing-record'
import type { Region } from '../../generated/prisma/enums'
import { recordAudit } from '../audit/record-audit'
import { parseAsDrawn } from '../as-drawn'
import { prisma, type Tx } from '../db'
import { AppError, forbidden, notFound } from '../errors'
import { authorize, type Actor } from '../policy'
import { cohortOfRegion } from '../policy/iom-scopes'
import { areaChoices, assertAreaInRegion } from './cohort-area'
import { ZCreateCohort, ZUpdateCohort } from './cohorts.schemas'

/** The actor's force area: every cohort they create or change belongs to it. */
export function regionOf(actor: Actor): Region {
  if (!actor.region) throw forbidden()
  return actor.region
}

const cohortFields = {
  id: true, region: true, strand: true, name: true, nameCy: true, offenceTypes: true, minConvictions: true, lookbackMonths: true,
  minOgrs: true, priorityGroups: true, reviewEveryWeeks: true, active: true, version: true, lduId: true, localAuthorityIds: true,
  ldu: { select: { name: true, nameCy: true } },
} as const

/** Decimal to number at the edge, so criteria are plain data for the query builder and the page. */
const plain = <T extends { minOgrs: { toNumber(): number } | null }>(c: T) => ({ ...c, minOgrs: c.minOgrs === null ? null : c.minOgrs.toNumber() })

/** A cohort of the actor's region, or NOT_FOUND (a malformed id is as absent as another region's cohort). */
export async function cohortOf(db: Pick<Tx, 'iomCohort'>, actor: Actor, cohortId: string) {
  const cohort = await db.iomCohort.findFirst({ where: { id: cohortId, ...cohortOfRegion(actor) }, select: cohortFields }).catch(whenMissing(null))
  if (!cohort) throw notFound()
  return plain(cohort)
}

/** The cohorts of the actor's force area with how many current members each has. Cohorts hold no one's data. */
export async function listCohorts(actor: Actor) {
  authorize(actor, 'iom.read')
  const cohorts = await prisma.iomCohort.findMany({
    where: cohortOfRegion(actor),
    orderBy: [{ active: 'desc' }, { strand: 'asc' }, { name: 'asc' }],
    select: { ...cohortFields, _count: { select: { members: { where: { status: { not: 'DESELECTED' } } } } } },
  })
  return cohorts.map(plain)
}

export async function getCohort(actor: Actor, cohortId: string) {
  authorize(actor, 'iom.read')
  return cohortOf(prisma, actor, cohortId)
}

export async function createCohort(actor: Actor, input: unknown) {
  authorize(actor, 'iom.manage')
  const region = regionOf(actor)
  const data = ZCreateCohort.parse(input)
  return prisma.$transaction(async (tx) => {
    await assertAreaInRegion(tx, { ...data, region })
    const cohort = await tx.iomCohort.create({ data: { ...data, region, createdById: actor.userId } })
    await recordAudit(tx, actor, { action: 'iom.cohort.create', subjectType: 'IomCohort', subjectId: cohort.id, detail: { strand: data.strand } })
    return { id: cohort.id }
  })
}

// The cohort as its criteria form drew it: one changed meanwhile is a CONFLICT, said before any wrong answer of the
// stale form (walk 60 F1: "Enter 60 or less" on criteria someone else had just saved). Only reads.
async function cohortAsDrawn(tx: Tx, actor: Actor, cohortId: string, version: number) {
  const cohort = await cohortOf(tx, actor, cohortId)
  if (cohort.version !== version) throw new AppError('CONFLICT')
  return cohort
}

/** New criteria take effect on the next candidate list; current members stay until a panel de-selects them. */
export async function updateCohort(actor: Actor, input: unknown) {
  authorize(actor, 'iom.manage')
  const { cohortId, version, ...data } = await parseAsDrawn(ZUpdateCohort, input, { id: 'cohortId', check: (tx, id, v) => cohortAsDrawn(tx, actor, id, v) })
  return prisma.$transaction(async (tx) => {
    const { region } = await cohortOf(tx, actor, cohortId)
    await assertAreaInRegion(tx, { ...data, region })
    const { count } = await tx.iomCohort.updateMany({ where: { id: cohortId, version }, data: { ...data, version: { increment: 1 } } })
    if (!count) throw new AppError('CONFLICT')
    await recordAudit(tx, actor, { action: 'iom.cohort.update', subjectType: 'IomCohort', subjectId: cohortId })
    return { id: cohortId }
  })
}

/** The LDUs and local authorities a cohort of the actor's force area may be drawn from (issue 15 item 17): reference data. */
export async function cohortAreaChoices(actor: Actor) {
  authorize(actor, 'iom.read')
  return areaChoices(prisma, regionOf(actor))
}
