import 'server-only'
import type { Region } from '../../generated/prisma/enums'
import { whenMissing } from '../missing-record'
import { meetingStage } from './meeting-stage'
import { withStages } from './meeting-stages'
import { londonToday } from '../../lib/dates'
import { personHeading } from '../offenders/person-heading'
import { recordAudit, recordAuditEach } from '../audit/record-audit'
import { prisma } from '../db'
import { notFound } from '../errors'
import { authorize, can, laoVisible, meetingReadable, meetingRunnable, offenderVisible, referralReadable, referralWithdrawable, type Actor } from '../policy'
import { isReferable } from '../offenders/is-referable'
import { CHAIR_ROLES, deferRef } from './meetings'
import { areaOf } from './nominals'
import { overdueReviewWhere } from './register.schemas'
import { registerNominalsWhere } from './nominals-register'
import { partnerAgency } from '../agencies/partner-agency'
import { redactedItem } from './redacted-item'
import { otherAgendasOfDue } from './agenda'

const person = { select: personHeading } as const

/**
 * The coordinator's MAPPA page: referrals waiting (those about people they may not see as restricted rows), meetings
 * coming up (`meetings`: open, not yet started), meetings held whose minutes are not approved (`awaitingMinutes`,
 * oldest first), nominals by level and category (`counts`, of those the reader may see) and the Limited Access ones
 * by level alone (`restrictedCounts`), level 2 and 3 reviews overdue.
 */
export async function getMappaOverview(actor: Actor) {
  authorize(actor, 'mappa.manage')
  const area = areaOf(actor)
  // London's date, not UTC's (issue 15 item 3): review and due dates are calendar days; meetings count from London midnight.
  const today = londonToday()
  const [referrals, restrictedReferrals, listed, byLevel, restrictedByLevel, overdue, overdueActions] = await Promise.all([
    prisma.mappaReferral.findMany({
      where: { area, status: 'SUBMITTED', offender: offenderVisible(actor) },
      orderBy: { createdAt: 'asc' },
      select: { id: true, category: true, levelSought: true, createdAt: true, offender: person, referringAgency: { select: { name: true, nameCy: true } } },
    }),
    restrictedReferralsWaiting(area, actor),
    // Coming up: open and not yet started; held but not closed (started, minutes not approved) listed apart
    // (fix16b item 3: a meeting that began hours ago was counted as coming up).
    prisma.mappaMeeting.findMany({
      where: { area, status: { in: ['SCHEDULED', 'PUBLISHED'] } },
      orderBy: { startsAt: 'asc' },
      select: { id: true, level: true, startsAt: true, status: true, statementAt: true, endedAt: true, venue: true, online: true, chair: { select: { name: true } }, _count: { select: { agendaItems: { where: { status: 'LISTED' } } } } },
    }),
    // By category only those the reader may see: a Limited Access person counted in a category cell gave their
    // category away beside the register's restricted row (break 34 D3; ADR 0023). They are counted by level alone.
    prisma.mappaNominal.groupBy({ by: ['level', 'category'], where: { AND: [registerNominalsWhere(actor, area), { offender: laoVisible(actor) }] }, _count: { _all: true } }),
    prisma.mappaNominal.groupBy({ by: ['level'], where: { AND: [registerNominalsWhere(actor, area), { offender: { NOT: laoVisible(actor) } }] }, _count: { _all: true } }),
    prisma.mappaNominal.count({ where: { AND: [registerNominalsWhere(actor, area), overdueReviewWhere(today)] } }),
    prisma.mappaAction.count({ where: { meeting: { area }, status: { in: ['OPEN', 'IN_PROGRESS'] }, dueDate: { lt: today } } }),
  ])
  await recordAudit(prisma, actor, { action: 'mappa.overview', subjectType: 'MappaArea', subjectId: area })
  // Each named by its stage: one held but not approved is "held", not "agenda published" (walk-through D3 of issue 16).
  const meetings = await withStages(prisma, listed)
  const now = new Date()
  return { area, referrals, restrictedReferrals, waiting: referrals.length + restrictedReferrals.length, meetings: meetings.filter((m) => m.startsAt > now), awaitingMinutes: meetings.filter((m) => m.startsAt <= now), counts: byLevel.map((g) => ({ level: g.level, category: g.category, count: g._count._all })), restrictedCounts: restrictedByLevel.map((g) => ({ level: g.level, count: g._count._all })), overdueReviews: overdue, overdueActions }
}

/**
 * Referrals waiting in the area about someone the reader may not see (issue 16 MAPPA fix item 3): without them the
 * list said none were waiting and no one knew to decide them. Each is an "access restricted" row carrying only the
 * received date — no CRN, referral or person id, no name (ADR 0023), so the referral stays unreadable; the
 * coordinator asks a colleague with access.
 */
function restrictedReferralsWaiting(area: ReturnType<typeof areaOf>, actor: Actor) {
  return prisma.mappaReferral
    .findMany({ where: { area, status: 'SUBMITTED', offender: { NOT: offenderVisible(actor) } }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } })
    .then((rows) => rows.map((r) => ({ restricted: true as const, createdAt: r.createdAt })))
}

/**
 * A referral of the coordinator's area (referralReadable): a waiting one to decide, with the open meetings of the level
 * sought it could go to; a decided one to read, with the decision (no meetings), though its person may have left their
 * reach. Its risk reports are named, and `reportsOpen` says whether they open: only while the person is in the reader's
 * reach. Errors: FORBIDDEN without `mappa.manage`; NOT_FOUND for any other referral.
 */
export async function getReferral(actor: Actor, referralId: string) {
  authorize(actor, 'mappa.manage')
  const area = areaOf(actor)
  const referral = await prisma.mappaReferral.findFirst({
    where: referralReadable(actor, referralId),
    include: { offender: person, referringAgency: { select: { name: true, nameCy: true } } },
  }).catch(whenMissing(null))
  if (!referral) throw notFound()
  const [meetings, documents, reachable] = await Promise.all([
    referral.status !== 'SUBMITTED' ? [] : prisma.mappaMeeting.findMany({ where: { area, level: referral.levelSought, status: { in: ['SCHEDULED', 'PUBLISHED'] }, startsAt: { gt: new Date() } }, orderBy: { startsAt: 'asc' }, select: { id: true, startsAt: true, level: true } }),
    prisma.offenderDocument.findMany({ where: { id: { in: referral.documentIds }, offenderId: referral.offenderId }, select: { id: true, filename: true } }),
    prisma.offender.count({ where: { AND: [{ id: referral.offenderId }, offenderVisible(actor)] } }),
  ])
  await recordAudit(prisma, actor, { action: 'mappa.referral.view', subjectType: 'MappaReferral', subjectId: referralId, offenderId: referral.offenderId })
  return { ...referral, meetings, documents, reportsOpen: reachable > 0 }
}

/** People who may chair a meeting in the coordinator's area. */
export async function findChairs(actor: Actor) {
  authorize(actor, 'mappa.manage')
  const area = areaOf(actor)
  return prisma.user.findMany({
    where: { status: 'ACTIVE', roles: { hasSome: [...CHAIR_ROLES] }, OR: [{ agency: { region: area } }, { team: { area: { region: area } } }] },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, roles: true },
  })
}

/**
 * A meeting with its agenda and attendance list, for those who run it and, once published, the people on its list.
 * A person the reader may not see (limited access) appears with nothing that identifies them, nor the item's id (redactedItem, ADR 0023); only people the reader may open are linked,
 * so an attendee from a duty-to-co-operate agency sees the agenda's nominals and nothing else of their records.
 */
export async function getMeeting(actor: Actor, meetingId: string) {
  const meeting = await prisma.mappaMeeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingReadable(actor)] },
    include: {
      chair: { select: { name: true } },
      invitations: { include: { agency: { select: { id: true, name: true, nameCy: true, kind: true } } }, orderBy: { agency: { name: 'asc' } } },
      attendance: { include: { agency: { select: { name: true, nameCy: true } } }, orderBy: [{ agency: { name: 'asc' } }, { name: 'asc' }] },
      agendaItems: {
        orderBy: { position: 'asc' },
        include: { offender: person, nominal: { select: { level: true, category: true, nextReviewDate: true } }, referral: { select: { levelSought: true, category: true } } },
      },
    },
  }).catch(whenMissing(null))
  if (!meeting) throw notFound()
  const ids = meeting.agendaItems.map((i) => i.offenderId)
  const [visible, openable, runs] = await Promise.all([
    prisma.offender.findMany({ where: { AND: [{ id: { in: ids } }, laoVisible(actor)] }, select: { id: true } }),
    prisma.offender.findMany({ where: { AND: [{ id: { in: ids } }, offenderVisible(actor)] }, select: { id: true } }),
    prisma.mappaMeeting.count({ where: { AND: [{ id: meetingId }, meetingRunnable(actor)] } }),
  ])
  const seen = new Set(visible.map((o) => o.id))
  const linked = new Set(openable.map((o) => o.id))
  await recordAuditEach(prisma, actor, [
    { action: 'mappa.meeting.view', subjectType: 'MappaMeeting', subjectId: meetingId },
    ...ids.filter((id) => seen.has(id)).map((offenderId) => ({ action: 'mappa.agenda.view' as const, subjectType: 'MappaMeeting', subjectId: meetingId, offenderId })),
  ])
  const open = meeting.status === 'SCHEDULED' || meeting.status === 'PUBLISHED'
  const canEdit = can(actor, 'mappa.manage') && meeting.area === actor.region && open
  const stage = meetingStage({ ...meeting, recordedItems: meeting.agendaItems.filter((i) => i.recordedAt).length })
  return {
    ...meeting,
    stage,
    canEdit,
    // Where this agenda's due reviews stay instead, for the coordinator who could move them (walk 41 F4).
    dueElsewhere: canEdit && stage !== 'HELD' ? await readableOf(actor, await otherAgendasOfDue(prisma, meeting)) : [],
    // Held, the agenda is fixed: only a nominal not yet recorded may still be deferred (refuseFixedAgenda, D3).
    agendaFixed: stage === 'HELD',
    canRun: runs > 0 && open,
    canReadMinutes: runs > 0 || meeting.status === 'FINALISED',
    agendaItems: meeting.agendaItems.map((i) =>
      seen.has(i.offenderId)
        ? { ...i, restricted: false, linked: linked.has(i.offenderId), deferRef: null }
        // Deferrable without its id, so an excluded chair can still complete their meeting (walk 25 O3).
        : { ...redactedItem(i), linked: false, deferRef: canEdit && i.status === 'LISTED' && !i.recordedAt ? deferRef(meetingId, i.id) : null },
    ),
  }
}

/** The meetings of `list` the reader may open, in its order. */
async function readableOf<M extends { id: string }>(actor: Actor, list: M[]): Promise<M[]> {
  if (!list.length) return []
  const open = new Set((await prisma.mappaMeeting.findMany({ where: { AND: [{ id: { in: list.map((m) => m.id) } }, meetingReadable(actor)] }, select: { id: true } })).map((m) => m.id))
  return list.filter((m) => open.has(m.id))
}

/**
 * MAPPA on a person's record: nominal status and level history, referrals, whether the reader may refer (a new
 * referral, when none waits) and may withdraw a waiting one (walk 64 F1: the same rule as referring).
 */
export async function getOffenderMappa(actor: Actor, offenderId: string) {
  authorize(actor, 'mappa.read')
  const offender = await prisma.offender.findFirst({
    where: { AND: [{ id: offenderId }, offenderVisible(actor)] },
    select: {
      ...person.select,
      mappaNominal: { include: { levelChanges: { orderBy: { changedAt: 'desc' }, include: { meeting: { select: { id: true, startsAt: true } } } }, leadAgency: { select: { name: true, nameCy: true } } } },
      mappaReferrals: { orderBy: { createdAt: 'desc' }, include: { referringAgency: { select: { name: true, nameCy: true } }, meeting: { select: { id: true, startsAt: true } } } },
      documents: { select: { id: true, filename: true }, orderBy: { uploadedAt: 'desc' } },
    },
  }).catch(whenMissing(null))
  if (!offender) throw notFound()
  await recordAudit(prisma, actor, { action: 'mappa.view', subjectType: 'Offender', subjectId: offenderId, offenderId })
  const nominal = offender.mappaNominal
  const canChangeLevel = can(actor, 'mappa.manage') && nominal !== null && nominal.endedAt === null && nominal.area === actor.region
  const referable = can(actor, 'mappa.refer') && (await isReferable(actor, offenderId))
  // Per referral: only the referring agency may withdraw its own (policy referralWithdrawable, review 65 S1).
  const withdrawable = new Set(
    referable
      ? (await prisma.mappaReferral.findMany({ where: { AND: [{ offenderId, status: 'SUBMITTED' }, referralWithdrawable(actor)] }, select: { id: true } })).map((r) => r.id)
      : [],
  )
  return {
    ...offender,
    mappaReferrals: offender.mappaReferrals.map((r) => ({ ...r, withdrawable: withdrawable.has(r.id) })),
    canRefer: referable && !offender.mappaReferrals.some((r) => r.status === 'SUBMITTED'),
    canChangeLevel,
    // The open meeting the nominal is listed for, named beside "Change the level" (break 41 F3).
    openAgenda: canChangeLevel && nominal ? await openAgendaOf(offenderId, nominal.area) : null,
  }
}

/** The coming or held-but-unapproved meeting of `area` a person is listed on: { id, level, startsAt } or null. */
function openAgendaOf(offenderId: string, area: Region) {
  return prisma.mappaMeeting.findFirst({
    where: { area, status: { in: ['SCHEDULED', 'PUBLISHED'] }, agendaItems: { some: { offenderId, status: 'LISTED' } } },
    orderBy: { startsAt: 'asc' },
    select: { id: true, level: true, startsAt: true },
  })
}

/** The Responsible Authority (police, probation, prisons) are core; everyone else attends under the duty to co-operate. */
export const CORE_AGENCY_KINDS = ['POLICE', 'NPS', 'CRC', 'PRISON'] as const

/** What the schedule form offers: eligible chairs and the active agencies, split core / duty to co-operate. */
export async function getScheduleChoices(actor: Actor) {
  authorize(actor, 'mappa.manage')
  const area = areaOf(actor)
  const [chairs, agencies] = await Promise.all([
    findChairs(actor),
    prisma.agency.findMany({ where: { ...partnerAgency, OR: [{ region: area }, { region: null }] }, orderBy: [{ kind: 'asc' }, { name: 'asc' }], select: { id: true, name: true, nameCy: true, kind: true } }),
  ])
  const core = (kind: string) => (CORE_AGENCY_KINDS as readonly string[]).includes(kind)
  return { area, chairs, core: agencies.filter((a) => core(a.kind)), dutyToCooperate: agencies.filter((a) => !core(a.kind)) }
}
