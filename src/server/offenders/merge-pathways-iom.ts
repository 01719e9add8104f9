import type { Tx } from '../db'

/**
 * Pathways, partner referrals and IOM rows follow the person when two records are merged. One assessment per
 * pathway and one membership per cohort: where both records hold one, the kept record's stays and takes the
 * duplicate's history, so no update or event is lost.
 */
export async function movePathwaysAndIom(tx: Tx, from: string, to: string) {
  const where = { offenderId: from }
  const data = { offenderId: to }
  await tx.partnerReferral.updateMany({ where, data })
  await tx.policeIntelligence.updateMany({ where, data })
  await tx.iomPanelDecision.updateMany({ where, data })

  const keptAssessments = await tx.pathwayAssessment.findMany({ where: data, select: { id: true, pathway: true } })
  for (const duplicate of await tx.pathwayAssessment.findMany({ where: { ...where, pathway: { in: keptAssessments.map((a) => a.pathway) } } })) {
    const kept = keptAssessments.find((a) => a.pathway === duplicate.pathway)!
    await tx.pathwayUpdate.updateMany({ where: { assessmentId: duplicate.id }, data: { assessmentId: kept.id } })
  }
  await tx.pathwayAssessment.updateMany({ where: { ...where, pathway: { notIn: keptAssessments.map((a) => a.pathway) } }, data })

  const keptMemberships = await tx.iomMember.findMany({ where: data, select: { id: true, cohortId: true } })
  for (const duplicate of await tx.iomMember.findMany({ where: { ...where, cohortId: { in: keptMemberships.map((m) => m.cohortId) } } })) {
    const kept = keptMemberships.find((m) => m.cohortId === duplicate.cohortId)!
    await tx.iomMemberEvent.updateMany({ where: { memberId: duplicate.id }, data: { memberId: kept.id } })
  }
  await tx.iomMember.updateMany({ where: { ...where, cohortId: { notIn: keptMemberships.map((m) => m.cohortId) } }, data })
}
