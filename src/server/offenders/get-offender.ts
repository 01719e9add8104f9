import 'server-only'
import { priorityGroups } from '../../lib/risk'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { countUnacceptableAbsences } from '../enforcement/count-unacceptable-absences'
import { notFound } from '../errors'
import { predictorsOf, toNumber } from '../risk/risk-summary'
import { authorize, can, offenderVisible, offenderWritable, recordAuditScope, type Actor } from '../policy'
import { offenderRecordSelect } from './offender-record.select'
import { tierInputsOf, tierOf } from './offender.select'
import { ZOffenderId } from './offender.schemas'


/** One person's record overview. Out of scope, limited access and non-existent all answer NOT_FOUND. */
export async function getOffender(actor: Actor, id: unknown) {
  authorize(actor, 'offender.read')
  const parsed = ZOffenderId.safeParse(id)
  if (!parsed.success) throw notFound()
  const offenderId = parsed.data
  const record = await prisma.offender.findFirst({
    where: { AND: [{ id: offenderId }, offenderVisible(actor)] },
    select: offenderRecordSelect(can(actor, 'contact.readSensitive')),
  })
  if (!record) throw notFound()
  // The view's audit row is written beside the checks that follow the read, not after them: one round trip fewer
  // before the page can go on (issue 18 item 0). The read above already decided the person may be seen.
  const [writable, auditReadable, unacceptableAbsences] = await Promise.all([
    prisma.offender.count({ where: { AND: [{ id: offenderId }, offenderWritable(actor)] } }),
    can(actor, 'audit.readRecord') ? prisma.offender.count({ where: { AND: [{ id: offenderId }, recordAuditScope(actor)] } }) : 0,
    countUnacceptableAbsences(offenderId, can(actor, 'contact.readSensitive')),
    recordAudit(prisma, actor, { action: 'offender.view', subjectType: 'Offender', subjectId: offenderId, offenderId }),
  ])
  const canWrite = writable === 1

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
    priorityGroups: priorityGroups({ ...record, rosh, ogrs3Year2: toNumber(rp?.ogrs3Year2) }),
    canWrite: canWrite && can(actor, 'contact.create'),
    canRecordProgress: canWrite && can(actor, 'offender.update'),
    // Only the people answerable for the case see who has looked at it (issue 15 item 11, docs/decisions/0009).
    canViewAudit: auditReadable === 1,
    canViewRisk: showRisk,
    canViewMappa: can(actor, 'mappa.read'),
    canReferCosa: can(actor, 'cosa.refer'),
    canViewIom: can(actor, 'iom.read'),
  }
}

export type OffenderRecord = Awaited<ReturnType<typeof getOffender>>
