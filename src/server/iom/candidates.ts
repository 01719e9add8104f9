import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { londonToday } from '../../lib/dates'
import { ageOn } from '../../lib/risk'
import { recordAuditEach } from '../audit/record-audit'
import { prisma } from '../db'
import { personHeading } from '../offenders/person-heading'
import { authorize, laoVisible, type Actor } from '../policy'
import { criteriaWhere, lookbackStart } from './candidate-criteria'
import { cohortAreaWhere } from './cohort-area'
import { cohortOf } from './cohorts'

/** The panel works down the list from the highest predicted reoffending; it never needs more than this at a sitting. */
export const CANDIDATE_LIMIT = 100

/**
 * The candidate list of a cohort: people supervised in its area (force area, or its LDU / local authorities) on an active sentence who meet all its
 * criteria and are not already current members. The IOM panel is multi-agency and area-wide, so the list is not
 * confined to the actor's caseload, but Limited Access Offenders they may not see never appear (security.md AC-5).
 * Only what the panel needs to decide is returned, and each person shown is audited.
 */
export async function findCandidates(actor: Actor, cohortId: string) {
  authorize(actor, 'iom.read')
  const cohort = await cohortOf(prisma, actor, cohortId)
  const today = londonToday()
  const since = lookbackStart(cohort, today)
  const conditions: Prisma.OffenderWhereInput[] = [
    // Only from the cohort's own area: its force area, narrowed to its LDU or local authorities (issue 15 item 17).
    cohortAreaWhere(cohort),
    { sentences: { some: { status: 'ACTIVE' } } },
    { iomMemberships: { none: { cohortId, status: { not: 'DESELECTED' } } } },
    laoVisible(actor),
    criteriaWhere(cohort, today),
  ]
  // Prisma cannot filter on a count of related rows: two or more convictions in the window come from a grouped
  // query over the people who already meet everything else.
  if (cohort.minConvictions >= 2) {
    const counted = await prisma.sentence.groupBy({
      by: ['offenderId'],
      where: { startDate: { gte: since }, offender: { AND: conditions } },
      having: { id: { _count: { gte: cohort.minConvictions } } },
    })
    conditions.push({ id: { in: counted.map((c) => c.offenderId) } })
  }
  const rows = await prisma.offender.findMany({
    where: { AND: conditions },
    orderBy: [{ riskProfile: { ogrs3Year2: { sort: 'desc', nulls: 'last' } } }, { lastName: 'asc' }, { firstName: 'asc' }],
    take: CANDIDATE_LIMIT,
    select: {
      ...personHeading,
      dateOfBirth: true,
      ldu: { select: { name: true, nameCy: true } },
      riskProfile: { select: { ogrs3Year2: true } },
      sentences: { select: { offenceCategory: true }, distinct: ['offenceCategory'] },
      _count: { select: { sentences: { where: { startDate: { gte: since } } } } },
      iomDecisions: { where: { cohortId }, orderBy: { decidedAt: 'desc' }, take: 1, select: { selected: true, reason: true, panelOn: true } },
    },
  })
  await recordAuditEach(prisma, actor, rows.map((r) => ({ action: 'iom.candidate.view', subjectType: 'IomCohort', subjectId: cohortId, offenderId: r.id })))
  const candidates = rows.map((r) => ({
    id: r.id,
    crn: r.crn,
    firstName: r.firstName,
    lastName: r.lastName,
    age: ageOn(r.dateOfBirth, today),
    ldu: r.ldu,
    recentConvictions: r._count.sentences,
    ogrs: r.riskProfile?.ogrs3Year2?.toNumber() ?? null,
    offenceCategories: r.sentences.map((s) => s.offenceCategory).sort(),
    lastDecision: r.iomDecisions[0] ?? null,
  }))
  return { cohort, candidates }
}
