import 'server-only'
import { whenMissing } from '../missing-record'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { notFound } from '../errors'
import { can, laoVisible, meetingReadable, minutesGranted, offenderVisible, type Actor } from '../policy'

const agency = { select: { name: true, nameCy: true } } as const
const planFields = { version: true, createdAt: true, supervision: true, monitoringAndControl: true, interventionsTreatment: true, victimSafetyPlanning: true, contingency: true, nextReviewDate: true } as const

/**
 * What the chair needs on screen for the nominal being discussed (issue 16 item 2), with need-to-know applied here
 * rather than in the page (MAPPA guidance shares information in the meeting on a need-to-know basis; domain.md):
 * - category, level, lead agency, offender manager and next review are the MAPPA facts of the agenda: anyone who
 *   reads the meeting's agenda gets them;
 * - the RoSH summary and the risk management plan in force are the person's risk record: only for a reader holding
 *   `risk.read` who may open that record (`risk: null` otherwise, shown as withheld);
 * - the last approved minutes about the person: only for their distribution list or a granted request; anyone else
 *   learns that they are not on it, nothing of what they say.
 * A person the reader may not see (limited access), or not listed on the meeting, is NOT_FOUND. Every read is audited.
 */
export async function getChairBrief(actor: Actor, meetingId: string, offenderId: string) {
  const item = await prisma.mappaAgendaItem.findFirst({
    where: { meetingId, offenderId, status: 'LISTED', meeting: meetingReadable(actor), offender: laoVisible(actor) },
    select: {
      meeting: { select: { startsAt: true } },
      nominal: { select: { category: true, level: true, nextReviewDate: true, leadAgency: agency } },
      referral: { select: { category: true, levelSought: true } },
      offender: { select: { offenderManager: { select: { name: true, agency } } } },
    },
  }).catch(whenMissing(null))
  if (!item) throw notFound()
  const riskShown = can(actor, 'risk.read') && (await prisma.offender.count({ where: { AND: [{ id: offenderId }, offenderVisible(actor)] } })) === 1
  const [profile, plan, last] = await Promise.all([
    riskShown ? prisma.riskProfile.findUnique({ where: { offenderId }, select: { overallRosh: true, assessedAt: true, ratings: { where: { setting: 'COMMUNITY' }, select: { group: true, level: true } } } }) : null,
    riskShown ? prisma.riskManagementPlan.findFirst({ where: { offenderId }, orderBy: { version: 'desc' }, select: planFields }) : null,
    prisma.mappaAgendaItem.findFirst({
      where: { offenderId, status: 'LISTED', meetingId: { not: meetingId }, meeting: { status: 'FINALISED', startsAt: { lt: item.meeting.startsAt } } },
      orderBy: { meeting: { startsAt: 'desc' } },
      select: { levelDecision: true, decidedLevel: true, nextReviewDate: true, meeting: { select: { id: true, startsAt: true, level: true } } },
    }),
  ])
  const lastReadable =
    last !== null &&
    ((await prisma.mappaMeeting.count({ where: { AND: [{ id: last.meeting.id }, meetingReadable(actor)] } })) > 0 ||
      (await prisma.mappaMinutesRequest.count({ where: { AND: [{ meetingId: last.meeting.id, offenderId }, minutesGranted(actor)] } })) > 0)
  await recordAudit(prisma, actor, { action: 'mappa.brief.view', subjectType: 'MappaMeeting', subjectId: meetingId, offenderId, detail: { risk: riskShown, lastMinutes: lastReadable } })
  return {
    category: item.nominal?.category ?? item.referral?.category ?? null,
    level: item.nominal?.level ?? null,
    levelSought: item.referral?.levelSought ?? null,
    nextReviewDate: item.nominal?.nextReviewDate ?? null,
    leadAgency: item.nominal?.leadAgency ?? null,
    offenderManager: item.offender.offenderManager,
    risk: riskShown ? { profile, plan } : null,
    lastMinutes: last === null ? ('none' as const) : lastReadable ? { ...last.meeting, levelDecision: last.levelDecision, decidedLevel: last.decidedLevel, nextReviewDate: last.nextReviewDate } : ('notOnDistribution' as const),
  }
}
