import 'server-only'
import type { AgencyKind } from '../../generated/prisma/enums'
import { londonToday } from '../../lib/dates'
import { recordAuditEach } from '../audit/record-audit'
import { prisma } from '../db'
import { personHeading } from '../offenders/person-heading'
import { authorize, can, isLimitedFor, laoSelect, type Actor } from '../policy'
import { currentMemberInRegion } from '../policy/iom-scopes'
import { reviewState } from './review-cadence'

/** A force area's cohorts hold tens to a few hundred people; the list stays one page. */
export const IOM_LIST_LIMIT = 500
const DAY = 86_400_000

/** The latest contact each person had from one side of the partnership (police, or probation: NPS or CRC). */
async function lastContactBy(offenderIds: string[], kinds: AgencyKind[]) {
  const rows = await prisma.contact.groupBy({
    by: ['offenderId'],
    where: { offenderId: { in: offenderIds }, occurredAt: { lte: new Date() }, cancelledAt: null, authorAgency: { kind: { in: kinds } } },
    _max: { occurredAt: true },
  })
  return new Map(rows.map((r) => [r.offenderId, r._max.occurredAt]))
}

/** Police intelligence of the last 30 days per person: how many entries, and the latest. One query for everyone. */
async function recentIntelligence(offenderIds: string[], today: Date) {
  const entries = await prisma.policeIntelligence.findMany({
    where: { offenderId: { in: offenderIds }, recordedOn: { gte: new Date(today.getTime() - 30 * DAY) } },
    orderBy: [{ recordedOn: 'desc' }, { createdAt: 'desc' }],
    select: { offenderId: true, summary: true, grading: true, recordedOn: true },
  })
  const byPerson = new Map<string, { count: number; latest: (typeof entries)[number] }>()
  for (const e of entries) {
    const seen = byPerson.get(e.offenderId)
    if (seen) seen.count++
    else byPerson.set(e.offenderId, { count: 1, latest: e })
  }
  return byPerson
}

/**
 * The IOM list for police and probation: current members of the cohorts of the actor's force area, with RAG, leads,
 * the last contact by each side, the next review and the drug-testing and monitoring flags. Police intelligence is
 * added only for 'intel.police' — for anyone else the rows carry no intelligence at all. A fixed number of queries
 * whatever the number of members; a Limited Access Offender is a redacted row (security.md AC-5).
 */
export async function findIomList(actor: Actor) {
  authorize(actor, 'iom.read')
  const members = await prisma.iomMember.findMany({
    where: currentMemberInRegion(actor),
    orderBy: [{ nextReviewOn: 'asc' }, { id: 'asc' }],
    take: IOM_LIST_LIMIT,
    select: {
      id: true, offenderId: true, status: true, rag: true, ragReason: true, ragChangedAt: true, nextReviewOn: true, drugTesting: true, electronicMonitoring: true,
      cohort: { select: { id: true, name: true, nameCy: true, strand: true } },
      policeLead: { select: { name: true } },
      probationLead: { select: { name: true } },
      offender: { select: { ...personHeading, accessRestrictions: laoSelect(actor) } },
    },
  })
  const open = members.filter((m) => !isLimitedFor(actor, m.offender.accessRestrictions))
  const ids = [...new Set(open.map((m) => m.offenderId))]
  const today = londonToday()
  const [police, probation, intelligence] = await Promise.all([
    lastContactBy(ids, ['POLICE']),
    lastContactBy(ids, ['NPS', 'CRC']),
    can(actor, 'intel.police') ? recentIntelligence(ids, today) : null,
  ])
  await recordAuditEach(prisma, actor, open.map((m) => ({ action: 'iom.list.view', subjectType: 'IomMember', subjectId: m.id, offenderId: m.offenderId })))
  return members.map((m) => {
    // Nothing that identifies the person, not even the membership id (issue 17 defect 6, ADR 0023).
    if (!open.includes(m)) return { id: null, limited: true as const, cohort: m.cohort }
    const { accessRestrictions: _lao, ...offender } = m.offender
    const row = {
      id: m.id, limited: false as const, offender, cohort: m.cohort, status: m.status, rag: m.rag, ragReason: m.ragReason, ragChangedAt: m.ragChangedAt,
      policeLead: m.policeLead?.name ?? null, probationLead: m.probationLead?.name ?? null,
      lastPoliceContact: police.get(m.offenderId) ?? null, lastProbationContact: probation.get(m.offenderId) ?? null,
      nextReviewOn: m.nextReviewOn, review: reviewState(m.nextReviewOn, today), drugTesting: m.drugTesting, electronicMonitoring: m.electronicMonitoring,
    }
    if (!intelligence) return row
    const intel = intelligence.get(m.offenderId)
    return { ...row, intelligence: { count: intel?.count ?? 0, latest: intel?.latest ?? null } }
  })
}
