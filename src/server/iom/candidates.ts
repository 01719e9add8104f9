import 'server-only'
import type { OffenceCategory } from '../../generated/prisma/enums'
import { londonToday } from '../../lib/dates'
import { ageOn } from '../../lib/risk'
import { recordAuditEach } from '../audit/record-audit'
import { prisma } from '../db'
import { authorize, type Actor } from '../policy'
import { candidateRows } from './candidate-query'
import { cohortOf } from './cohorts'
import { panelSnapshot } from './panel-snapshot'

/** The panel works down the list from the highest predicted reoffending; it never needs more than this at a sitting. */
export const CANDIDATE_LIMIT = 100

/**
 * The candidate list of a cohort: people supervised in its area (force area, or its LDU / local authorities) on an active sentence who meet all its
 * criteria and are not already current members. The IOM panel is multi-agency and area-wide, so the list is not
 * confined to the actor's caseload, but Limited Access Offenders they may not see never appear (security.md AC-5).
 * Only what the panel needs to decide is returned, and each person shown is audited. One query for the list (issue 18
 * item 2). Output: the cohort, its candidates and the snapshot the panel's form is drawn in (`drawnAs`, panel.ts).
 */
export async function findCandidates(actor: Actor, cohortId: string) {
  authorize(actor, 'iom.read')
  const cohort = await cohortOf(prisma, actor, cohortId)
  const today = londonToday()
  // Before the list: every decision the list was drawn after is in the snapshot, one being recorded is not (panel.ts).
  const drawnAs = await panelSnapshot(prisma)
  const rows = await candidateRows(prisma, actor, cohort, today, CANDIDATE_LIMIT)
  await recordAuditEach(prisma, actor, rows.map((r) => ({ action: 'iom.candidate.view', subjectType: 'IomCohort', subjectId: cohortId, offenderId: r.id })))
  const candidates = rows.map((r) => ({
    id: r.id,
    crn: r.crn,
    firstName: r.firstName,
    lastName: r.lastName,
    age: ageOn(r.dateOfBirth, today),
    ldu: { name: r.lduName, nameCy: r.lduNameCy },
    recentConvictions: r.recentConvictions,
    ogrs: r.ogrs,
    offenceCategories: (r.offenceCategories as OffenceCategory[]).sort(),
    lastDecision: r.decisionSelected === null ? null : { selected: r.decisionSelected, reason: r.decisionReason!, panelOn: r.decisionPanelOn! },
  }))
  return { cohort, candidates, drawnAs }
}
