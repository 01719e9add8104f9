import 'server-only'
import { z } from 'zod'
import type { Prisma } from '../../generated/prisma/client'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { authorize, laoVisible, offenderReadScope, type Actor } from '../policy'

import { dueWindow, isOverdue } from './due-rules'
import { findDueTasksInOneQuery } from './due-tasks-one-query'

const LIMIT = 200

export type TaskKind = 'FLAG_REVIEW' | 'PLAN_REVIEW' | 'OUTCOME_MISSING' | 'SENTENCE_ENDING' | 'SERVICE_LEVEL_BREACH'
export type DueTask = {
  kind: TaskKind
  due: Date
  overdue: boolean
  offender: { id: string; crn: string; name: string }
  detail: string
  /** SERVICE_LEVEL_BREACH only: the referral and the service whose service level ran out. */
  referralId?: string
  service?: { name: string; nameCy: string | null }
}

const ZInput = z.object({ offenderId: z.uuid().optional() })

/** Only the plan in force counts: an older version's review date was superseded when the plan was rewritten. */
async function plansDueForReview(offender: Prisma.OffenderWhereInput, horizon: Date) {
  const latest = await prisma.riskManagementPlan.groupBy({ by: ['offenderId'], where: { offender }, _max: { version: true } })
  if (latest.length === 0) return []
  return prisma.riskManagementPlan.findMany({
    where: { nextReviewDate: { lte: horizon }, OR: latest.map((l) => ({ offenderId: l.offenderId, version: l._max.version! })) },
    select: { version: true, nextReviewDate: true, offenderId: true },
    take: LIMIT,
  })
}

/**
 * Service-level breaches the periodic job recorded (issue 18 item 3) on open referrals whose stage is still not met:
 * the assessment not yet recorded, or the care plan not yet started.
 */
function breachesStillOpen(offender: Prisma.OffenderWhereInput) {
  const open = { offender, status: { in: ['SUBMITTED', 'ACCEPTED'] } } satisfies Prisma.PartnerReferralWhereInput
  return prisma.serviceLevelBreach.findMany({
    where: { OR: [{ stage: 'ASSESSMENT', referral: { ...open, assessedOn: null } }, { stage: 'CARE_PLAN', referral: { ...open, carePlanStartedOn: null } }] },
    select: { stage: true, dueOn: true, referral: { select: { id: true, offender: { select: { id: true } }, service: { select: { name: true, nameCy: true } } } } },
    take: LIMIT,
  })
}

/**
 * What is due, derived from the record (nothing to keep in step): registrations and risk management plans whose
 * review falls due within two weeks, past appointments with no outcome, and orders or licences ending within four
 * weeks, and service-level breaches recorded on referrals still waiting for that stage. An officer sees their own
 * allocation, a senior their team; limited-access people never appear. With `offenderId` it is the record page's
 * panel for that person, audited with the record view (not here); without, the list is audited as `tasks.view`.
 * Read in one statement, audit included (due-tasks-one-query.ts, issue 18).
 * Input: `{ offenderId?: uuid }`. Output: the tasks, soonest first. Errors: FORBIDDEN without caseload.view.
 */
export async function findDueTasks(actor: Actor, input: unknown = {}): Promise<DueTask[]> {
  authorize(actor, 'caseload.view')
  const { offenderId } = ZInput.parse(input)
  return findDueTasksInOneQuery(actor, offenderId, !offenderId)
}

/**
 * findDueTasks by the general Prisma path (the same rules, scopes from scopes.ts, and audit), for the test that holds
 * the one-statement read equal to it and for the bench.
 */
export async function findDueTasksByGeneralPath(actor: Actor, input: unknown = {}): Promise<DueTask[]> {
  authorize(actor, 'caseload.view')
  const { offenderId } = ZInput.parse(input)
  const now = new Date()
  const days = dueWindow()
  const mine: Prisma.OffenderWhereInput = actor.roles.includes('SENIOR_PROBATION_OFFICER') && actor.teamId
    ? { OR: [{ offenderManagerId: actor.userId }, { teamId: actor.teamId }] }
    : { offenderManagerId: actor.userId }
  const offender: Prisma.OffenderWhereInput = { AND: [offenderReadScope(actor), laoVisible(actor), offenderId ? { id: offenderId } : mine] }
  const [flags, plans, appointments, sentences, breaches] = await Promise.all([
    prisma.riskFlag.findMany({
      where: { offender, deregisteredAt: null, nextReviewDate: { lte: days.reviewHorizon } },
      select: { type: true, nextReviewDate: true, offenderId: true },
      take: LIMIT,
    }),
    plansDueForReview(offender, days.reviewHorizon),
    prisma.contact.findMany({
      where: { offender, type: 'APPOINTMENT', occurredAt: { lt: now }, outcome: null, cancelledAt: null },
      select: { occurredAt: true, offenderId: true },
      take: LIMIT,
    }),
    prisma.sentence.findMany({
      where: { offender, status: 'ACTIVE', expectedEndDate: { gte: days.endingFrom, lte: days.endingUntil } },
      select: { type: true, expectedEndDate: true, offenderId: true },
      take: LIMIT,
    }),
    breachesStillOpen(offender),
  ])
  // The people named, in one query rather than one per kind of task (issue 18 item 3); all are in `offender` already.
  const ids = [...new Set([...[...flags, ...plans, ...appointments, ...sentences].map((t) => t.offenderId), ...breaches.map((b) => b.referral.offender.id)])]
  const people = new Map(
    (ids.length ? await prisma.offender.findMany({ where: { id: { in: ids } }, select: { id: true, crn: true, firstName: true, lastName: true } }) : []).map((o) => [o.id, { id: o.id, crn: o.crn, name: `${o.lastName}, ${o.firstName}` }]),
  )
  const who = (id: string) => people.get(id)!
  const tasks: DueTask[] = [
    ...flags.map((f) => ({ kind: 'FLAG_REVIEW' as const, due: f.nextReviewDate!, detail: f.type, offender: who(f.offenderId) })),
    ...plans.map((p) => ({ kind: 'PLAN_REVIEW' as const, due: p.nextReviewDate, detail: String(p.version), offender: who(p.offenderId) })),
    ...appointments.map((a) => ({ kind: 'OUTCOME_MISSING' as const, due: a.occurredAt, detail: 'APPOINTMENT', offender: who(a.offenderId) })),
    ...sentences.map((s) => ({ kind: 'SENTENCE_ENDING' as const, due: s.expectedEndDate, detail: s.type, offender: who(s.offenderId) })),
    ...breaches.map((b) => ({ kind: 'SERVICE_LEVEL_BREACH' as const, due: b.dueOn, detail: b.stage, offender: who(b.referral.offender.id), referralId: b.referral.id, service: b.referral.service })),
  ].map((t) => ({ ...t, overdue: isOverdue(t.kind, t.due, days.today) }))
  // One person's due tasks are a panel of their record page, whose view getOffender audits as offender.view; a second
  // row here made every record view appear twice in "who has looked at this record" (issue 15 item 11). The caseload
  // list of tasks across people is a read of its own and is audited here.
  if (!offenderId) await recordAudit(prisma, actor, { action: 'tasks.view', subjectType: 'Task', offenderId: null, detail: { count: tasks.length } })
  return tasks.sort((a, b) => a.due.getTime() - b.due.getTime())
}
