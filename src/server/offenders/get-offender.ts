import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { priorityGroups } from '../../lib/risk'
import { auditInsertSql, utcSql } from '../audit/audit-sql'
import { prisma } from '../db'
import { unacceptableAbsencesSql } from '../enforcement/count-unacceptable-absences'
import { notFound } from '../errors'
import { predictorsOf, toNumber } from '../risk/risk-summary'
import { authorize, can, laoVisibleSql, offenderVisible, offenderVisibleByRole, offenderWriteScopeSql, recordAuditScope, type Actor } from '../policy'
import { offenderRecordSelect } from './offender-record.select'
import { tierInputsOf, tierOf } from './offender.select'
import { ZOffenderId } from './offender.schemas'


type Figures = { writable: boolean; unacceptableAbsences: number; breakGlassUntil: Date | null; breakGlassReason: string | null }

/**
 * The record's figures and its `offender.view` audit row in ONE statement (issue 18 item 1; four before): whether
 * the actor may change the person (offenderWriteScopeSql with Limited Access, as offenderWritable), the unacceptable
 * absences, and when the actor's running break-glass access to them ends and for what reason (the banner; null
 * without one).
 */
function viewedSql(actor: Actor, offenderId: string, now: Date): Prisma.Sql {
  const audit = auditInsertSql(actor, { action: 'offender.view', subjectType: 'Offender', subjectId: offenderId, offenderId }, now)
  return Prisma.sql`WITH audited AS (${audit} RETURNING id)
    SELECT EXISTS (SELECT 1 FROM "Offender" o WHERE o.id = ${offenderId}::uuid
        AND ${offenderWriteScopeSql(actor, Prisma.raw('o'))} AND ${laoVisibleSql(actor, Prisma.sql`o.id`)}) AS writable,
      ${unacceptableAbsencesSql(offenderId, can(actor, 'contact.readSensitive'), now)} AS "unacceptableAbsences",
      running.until AS "breakGlassUntil", running.reason AS "breakGlassReason"
    FROM (SELECT 1) one LEFT JOIN LATERAL (SELECT b.until, b.reason FROM "BreakGlassAccess" b
      WHERE b."userId" = ${actor.userId}::uuid AND b."offenderId" = ${offenderId}::uuid AND b."from" <= ${utcSql(now)} AND b.until > ${utcSql(now)}
      ORDER BY b.until DESC LIMIT 1) running ON true`
}

/** One person's record overview. Out of scope, limited access and non-existent all answer NOT_FOUND. */
export async function getOffender(actor: Actor, id: unknown) {
  authorize(actor, 'offender.read')
  const parsed = ZOffenderId.safeParse(id)
  if (!parsed.success) throw notFound()
  const offenderId = parsed.data
  // One statement, its sixteen relations joined in the database (relationJoins, issue 18 item 2: seventeen before);
  // record-page.int.test.ts holds it equal to one statement per relation.
  const record = await prisma.offender.findFirst({
    relationLoadStrategy: 'join',
    where: { AND: [{ id: offenderId }, offenderVisible(actor)] },
    select: offenderRecordSelect(can(actor, 'contact.readSensitive')),
  })
  if (!record) throw notFound()
  // The view's audit row is written beside the checks that follow the read, not after them: one round trip fewer
  // before the page can go on (issue 18 item 0). The read above already decided the person may be seen.
  const now = new Date()
  const [[figures], auditReadable] = await Promise.all([
    prisma.$queryRaw<Figures[]>(viewedSql(actor, offenderId, now)),
    can(actor, 'audit.readRecord') ? prisma.offender.count({ where: { AND: [{ id: offenderId }, recordAuditScope(actor)] } }) : 0,
  ])
  const { writable: canWrite, unacceptableAbsences, breakGlassUntil, breakGlassReason } = figures!
  // A subject access export is made within one's own scope, never through break-glass (ADR 0017): a record open only
  // by it offers none (walk 64 F2: the link led to "Page not found"). Asked only while one is running.
  const exportsSubjectAccess = can(actor, 'subjectAccess.export') && (breakGlassUntil === null || (await prisma.offender.count({ where: { AND: [{ id: offenderId }, offenderVisibleByRole(actor)] } })) > 0)

  const { riskProfile: rp, ...person } = record
  const rosh = rp?.overallRosh ?? null
  const showRisk = can(actor, 'risk.read')
  const risk =
    showRisk && rp
      ? {
          overallRosh: rp.overallRosh,
          assessedAt: rp.assessedAt,
          ratings: rp.ratings,
          predictors: predictorsOf(rp),
        }
      : null
  return {
    ...person,
    riskFlags: showRisk ? person.riskFlags.map((f) => ({ ...f, isReviewOverdue: f.nextReviewDate !== null && f.nextReviewDate.getTime() < Date.now() })) : [],
    risk,
    tier: tierOf(rosh, record.riskFlags),
    tierInputs: tierInputsOf(rosh, record.riskFlags),
    unacceptableAbsences,
    /** When the actor's break-glass access to this person ends (the record's banner), or null. */
    breakGlassUntil,
    /** The reason the actor gave for that access (shown back to them on the banner, break 50 F6), or null. */
    breakGlassReason,
    priorityGroups: priorityGroups({ ...record, rosh, ogrs3Year2: toNumber(rp?.ogrs3Year2) }),
    /** In offenderWritable (the write scope and Limited Access): the allocation panel's test (record-page.ts). */
    inWriteScope: canWrite,
    canWrite: canWrite && can(actor, 'contact.create'),
    canRecordProgress: canWrite && can(actor, 'offender.update'),
    // Only the people answerable for the case see who has looked at it (issue 15 item 11, docs/decisions/0009).
    canViewAudit: auditReadable === 1,
    /** Whether the actor may export everything held about the person (subject-access page). */
    canExportSubjectAccess: exportsSubjectAccess,
    canViewRisk: showRisk,
    canViewMappa: can(actor, 'mappa.read'),
    canReferCosa: can(actor, 'cosa.refer'),
    canViewIom: can(actor, 'iom.read'),
  }
}

export type OffenderRecord = Awaited<ReturnType<typeof getOffender>>
