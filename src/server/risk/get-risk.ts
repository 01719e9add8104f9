import 'server-only'
import { whenMissing } from '../missing-record'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { notFound } from '../errors'
import { predictorsOf } from './risk-summary'
import { authorize, can, offenderVisible, offenderWritable, type Actor } from '../policy'

type RatingRow = { group: string; setting: string; level: 'LOW' | 'MEDIUM' | 'HIGH' | 'VERY_HIGH' }

/** The risk page: the RoSH assessment in force and its history, every plan version (newest first) and every registration. */
export async function getRisk(actor: Actor, offenderId: string) {
  authorize(actor, 'risk.read')
  const offender = await prisma.offender.findFirst({
    where: { AND: [{ id: offenderId }, offenderVisible(actor)] },
    select: {
      id: true,
      crn: true,
      firstName: true,
      lastName: true,
      riskPlans: { orderBy: { version: 'desc' } },
      riskProfile: { include: { ratings: { select: { group: true, setting: true, level: true } } } },
      riskAssessments: { orderBy: [{ assessedOn: 'desc' }, { createdAt: 'desc' }] },
      riskFlags: {
        orderBy: [{ deregisteredAt: { sort: 'desc', nulls: 'first' } }, { registeredAt: 'desc' }],
        include: { reviews: { orderBy: [{ reviewedAt: 'desc' }, { id: 'desc' }], select: { id: true, reviewedAt: true, reviewedById: true, notes: true, nextReviewDate: true } } },
      },
    },
  }).catch(whenMissing(null))
  if (!offender) throw notFound()
  const canUpdate = can(actor, 'risk.update') && (await prisma.offender.count({ where: { AND: [{ id: offenderId }, offenderWritable(actor)] } })) === 1
  const reviewerIds = offender.riskFlags.flatMap((f) => f.reviews.flatMap((r) => r.reviewedById ?? []))
  const authorIds = [...offender.riskPlans.map((p) => p.authorId), ...offender.riskAssessments.map((p) => p.authorId), ...reviewerIds]
  const authors = await prisma.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })
  await recordAudit(prisma, actor, { action: 'risk.view', subjectType: 'Offender', subjectId: offenderId, offenderId })
  const { riskProfile: rp, riskAssessments, ...rest } = offender
  return {
    ...rest,
    profile: rp && { version: rp.version, overallRosh: rp.overallRosh, assessedAt: rp.assessedAt, ratings: rp.ratings, predictors: predictorsOf(rp) },
    assessments: riskAssessments.map((a) => ({ ...a, ratings: a.ratings as RatingRow[], predictors: predictorsOf(a) })),
    canUpdate,
    authorNames: Object.fromEntries(authors.map((a) => [a.id, a.name])),
  }
}
