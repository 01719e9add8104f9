import 'server-only'
import type { Tx } from '../db'
import { anyText, toRow } from './bundle-row'
import type { Sections } from './bundle.types'

/**
 * Risk (profile in force with its RoSH ratings, every assessment, registrations with their reviews), the risk
 * management plan's versions and the sentence plan (issue 17). A plan version with victim safety planning holds
 * victims' details: marked VICTIM for redaction review.
 */
export async function collectRisk(tx: Tx, offenderId: string): Promise<Partial<Sections>> {
  const [profile, assessments, flags, plans, objectives] = await Promise.all([
    tx.riskProfile.findUnique({ where: { offenderId }, include: { ratings: { orderBy: [{ group: 'asc' }, { setting: 'asc' }] } } }),
    tx.riskAssessment.findMany({ where: { offenderId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    tx.riskFlag.findMany({ where: { offenderId }, include: { reviews: { orderBy: { reviewedAt: 'asc' } } }, orderBy: [{ registeredAt: 'asc' }, { id: 'asc' }] }),
    tx.riskManagementPlan.findMany({ where: { offenderId }, orderBy: { version: 'asc' } }),
    tx.sentencePlanObjective.findMany({ where: { offenderId }, orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] }),
  ])
  const riskProfile = profile ? [toRow({ ...profile, ratings: profile.ratings.map((r) => `${r.group} ${r.setting} ${r.level}`) })] : []
  return {
    riskProfile,
    riskAssessments: assessments.map((a) => toRow(a)),
    // A registration for child concerns or domestic abuse is about the people at risk too (walk 17 of issue 17).
    riskFlags: flags.map(({ reviews, ...f }) => toRow({ ...f, reviews: reviews.map((r) => `${r.reviewedAt.toISOString()}: ${r.notes ?? ''}`) }, [(f.type === 'CHILD_CONCERNS' || f.type === 'DOMESTIC_ABUSE_PERPETRATOR') && 'VICTIM'])),
    // The plan's version number is the plan's own history, not a lock counter: kept under another name.
    riskPlans: plans.map(({ version, ...p }) => toRow({ planVersion: version, ...p }, [anyText(p.victimSafetyPlanning) && 'VICTIM'])),
    sentencePlan: objectives.map((o) => toRow(o)),
  }
}
