import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { auditInsertSql, utcSql } from '../audit/audit-sql'
import { prisma } from '../db'
import { laoVisibleSql, offenderReadScopeSql, type Actor } from '../policy'
import { dueWindow, isOverdue } from './due-rules'
import type { DueTask, TaskKind } from './find-due-tasks'

/** As find-due-tasks.ts: at most this many tasks of each kind. */
const LIMIT = 200

type Row = {
  kind: TaskKind
  due: Date
  detail: string
  offenderId: string
  crn: string
  firstName: string
  lastName: string
  referralId: string | null
  serviceName: string | null
  serviceNameCy: string | null
}

const day = (d: Date) => Prisma.sql`${d.toISOString().slice(0, 10)}::date`

/**
 * Whose tasks: one person (their record page's panel), or the actor's own allocation, a senior's their team's too
 * (find-due-tasks.ts `mine`). Read scope and Limited Access are added by the caller.
 */
function whose(actor: Actor, offenderId: string | undefined): Prisma.Sql {
  if (offenderId) return Prisma.sql`o.id = ${offenderId}::uuid`
  const own = Prisma.sql`o."offenderManagerId" = ${actor.userId}::uuid`
  return actor.roles.includes('SENIOR_PROBATION_OFFICER') && actor.teamId ? Prisma.sql`(${own} OR o."teamId" = ${actor.teamId}::uuid)` : own
}

/**
 * The "what is due" list in ONE statement (issue 18 item 0: the officer's home sent eleven statements for it, in three
 * round trips, and the record page nine): the people in the actor's read scope (offenderReadScopeSql) whom Limited
 * Access lets them see (laoVisibleSql), then each kind of task of theirs (find-due-tasks.ts gives the rules: review
 * dates within two weeks of the plan in force and of live registrations, past appointments with no outcome, active
 * orders ending within four weeks, service-level breaches on referrals still waiting for that stage), at most 200 of
 * each, soonest first; with `audit` the `tasks.view` row with the task count is inserted by the same statement
 * (security.md LG-1). Held equal to the general path (findDueTasksByGeneralPath) by due-tasks-one-query.int.test.ts.
 * Input: the actor (already authorised for caseload.view), the person or undefined, whether to audit, `now` (UTC).
 * Output: the tasks, soonest first (ties by kind in the order above, then CRN). Raises only database errors.
 */
export async function findDueTasksInOneQuery(actor: Actor, offenderId: string | undefined, audit: boolean, now = new Date()): Promise<DueTask[]> {
  const days = dueWindow()
  const at = utcSql(now)
  const theirs = (column: Prisma.Sql) => Prisma.sql`${column} IN (SELECT id FROM people)`
  const none = Prisma.sql`NULL::text AS "referralId", NULL::text AS "serviceName", NULL::text AS "serviceNameCy"`
  const detail = Prisma.sql`jsonb_build_object('count', (SELECT count(*) FROM tasks))`
  const audited = audit ? Prisma.sql`, audited AS (${auditInsertSql(actor, { action: 'tasks.view', subjectType: 'Task', detail }, now)})` : Prisma.empty
  const rows = await prisma.$queryRaw<Row[]>`
    WITH people AS (
      SELECT o.id, o.crn, o."firstName", o."lastName" FROM "Offender" o
      WHERE ${offenderReadScopeSql(actor, Prisma.raw('o'), now)} AND ${laoVisibleSql(actor, Prisma.sql`o.id`)} AND ${whose(actor, offenderId)}),
    tasks AS (
      (SELECT 'FLAG_REVIEW' AS kind, 1 AS rank, f."nextReviewDate"::timestamp AS due, f.type::text AS detail, f."offenderId", ${none}
        FROM "RiskFlag" f WHERE ${theirs(Prisma.sql`f."offenderId"`)} AND f."deregisteredAt" IS NULL AND f."nextReviewDate" <= ${day(days.reviewHorizon)}
        ORDER BY f."nextReviewDate" LIMIT ${LIMIT})
      UNION ALL
      -- Only the plan in force counts: an older version's review date was superseded when the plan was rewritten.
      (SELECT 'PLAN_REVIEW', 2, p."nextReviewDate"::timestamp, p.version::text, p."offenderId", ${none}
        FROM (SELECT DISTINCT ON (r."offenderId") r."offenderId", r.version, r."nextReviewDate" FROM "RiskManagementPlan" r
          WHERE ${theirs(Prisma.sql`r."offenderId"`)} ORDER BY r."offenderId", r.version DESC) p
        WHERE p."nextReviewDate" <= ${day(days.reviewHorizon)} ORDER BY p."nextReviewDate" LIMIT ${LIMIT})
      UNION ALL
      (SELECT 'OUTCOME_MISSING', 3, c."occurredAt", 'APPOINTMENT', c."offenderId", ${none}
        FROM "Contact" c WHERE ${theirs(Prisma.sql`c."offenderId"`)} AND c.type = 'APPOINTMENT' AND c."occurredAt" < ${at}
          AND c.outcome IS NULL AND c."cancelledAt" IS NULL
        ORDER BY c."occurredAt" LIMIT ${LIMIT})
      UNION ALL
      (SELECT 'SENTENCE_ENDING', 4, s."expectedEndDate"::timestamp, s.type::text, s."offenderId", ${none}
        FROM "Sentence" s WHERE ${theirs(Prisma.sql`s."offenderId"`)} AND s.status = 'ACTIVE'
          AND s."expectedEndDate" >= ${day(days.endingFrom)} AND s."expectedEndDate" <= ${day(days.endingUntil)}
        ORDER BY s."expectedEndDate" LIMIT ${LIMIT})
      UNION ALL
      -- Breaches the periodic job recorded on open referrals whose stage is still not met.
      (SELECT 'SERVICE_LEVEL_BREACH', 5, b."dueOn"::timestamp, b.stage::text, r."offenderId", r.id::text, ps.name::text, ps."nameCy"::text
        FROM "ServiceLevelBreach" b JOIN "PartnerReferral" r ON r.id = b."referralId" JOIN "PartnerService" ps ON ps.id = r."serviceId"
        WHERE ${theirs(Prisma.sql`r."offenderId"`)} AND r.status IN ('SUBMITTED', 'ACCEPTED')
          AND ((b.stage = 'ASSESSMENT' AND r."assessedOn" IS NULL) OR (b.stage = 'CARE_PLAN' AND r."carePlanStartedOn" IS NULL))
        ORDER BY b."dueOn" LIMIT ${LIMIT}))
    ${audited}
    SELECT t.kind, t.due, t.detail, t."offenderId"::text AS "offenderId", p.crn, p."firstName", p."lastName", t."referralId", t."serviceName", t."serviceNameCy"
    FROM tasks t JOIN people p ON p.id = t."offenderId"
    ORDER BY t.due, t.rank, p.crn`
  return rows.map((r) => ({
    kind: r.kind,
    due: r.due,
    detail: r.detail,
    offender: { id: r.offenderId, crn: r.crn, name: `${r.lastName}, ${r.firstName}` },
    ...(r.kind === 'SERVICE_LEVEL_BREACH' ? { referralId: r.referralId!, service: { name: r.serviceName!, nameCy: r.serviceNameCy } } : {}),
    overdue: isOverdue(r.kind, r.due, days.today),
  }))
}
