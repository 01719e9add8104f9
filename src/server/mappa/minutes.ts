import 'server-only'
import { whenMissing } from '../missing-record'
import { stagesOf } from './meeting-stages'
import { requireConfirmed } from '../confirm-step'
import { personHeading } from '../offenders/person-heading'
import { todayInLondon } from '../../lib/dates'
import { recordAudit, recordAuditEach } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError, invalid, notFound, staleRefusal } from '../errors'
import { authorize, laoVisible, meetingReadable, meetingRunnable, minutesGranted, minutesOwnedActions, offenderVisibleByRole, type Actor } from '../policy'
import { ZApproveMinutes, ZDecideMinutesRequest, ZRequestMinutes } from './mappa.schemas'
import { deferRef } from './meetings'
import { areaOf, setNominalLevel } from './nominals'
import { levelAfter } from './level-steps'
import { approvalGaps } from './approval-gaps'
import { hasMeetingBegun, hasMeetingStarted } from './meeting-start'
import { lockRow } from '../row-lock'
import { minutesFingerprint } from './minutes-fingerprint'
import { redactedItem } from './redacted-item'

/**
 * The chair approves the minutes once the meeting has started (issue 16 MAPPA fix item 1) and nothing is missing:
 * statement read, everyone marked, chair and one other present, minute-taker and a past end time, every listed
 * nominal recorded whole from its level now, a senior chair at level 3 — every gap in one refusal (`approvalGaps`).
 * The form's fingerprint must match the minutes now, else CONFLICT `_form` minutesChanged (issue 16 MAPPA fix item 2).
 * Approval applies each decision to the nominal (level history and next review) and closes the meeting; being
 * irreversible it needs `confirm`, else VALIDATION `confirm` confirmApprove (requireConfirmed).
 */
export async function approveMinutes(actor: Actor, input: unknown) {
  authorize(actor, 'mappa.read')
  const { meetingId, fingerprint, confirm } = ZApproveMinutes.parse(input)
  return prisma.$transaction(async (tx) => {
    // Held first, like every step (openMeetingFor): a step running now finishes before these checks read the meeting.
    await lockRow(tx, 'MappaMeeting', meetingId)
    const meeting = await tx.mappaMeeting.findFirst({ where: { id: meetingId, chairId: actor.userId }, include: { chair: { select: { roles: true } } } })
    if (!meeting) throw notFound()
    if (meeting.status === 'FINALISED' || meeting.status === 'CANCELLED') throw staleRefusal('meetingClosed')
    // What the chair read is what they approve: anything changed since the page rendered refuses (MAPPA fix item 2).
    if ((await minutesFingerprint(tx, meetingId)) !== fingerprint) throw new AppError('CONFLICT', 'minutesChanged', { _form: ['minutesChanged'] })
    if (!hasMeetingBegun(meeting.startsAt)) throw invalid('_form', 'meetingNotStarted')
    if (!hasMeetingStarted(meeting.startsAt)) throw invalid('_form', 'recordNotYet')
    const items = await tx.mappaAgendaItem.findMany({ where: { meetingId, status: 'LISTED' }, include: { nominal: true, offender: { select: { firstName: true, lastName: true, crn: true } } }, orderBy: { position: 'asc' } })
    const gaps = await approvalGaps(tx, actor, meeting, items, todayInLondon())
    if (gaps) throw gaps
    // Approval closes the meeting for good: asked "are you sure" once everything else would pass (MAPPA break test item 2).
    requireConfirmed(confirm, 'approve')
    const { count } = await tx.mappaMeeting.updateMany({ where: { id: meetingId, status: { in: ['SCHEDULED', 'PUBLISHED'] } }, data: { status: 'FINALISED', finalisedAt: new Date(), version: { increment: 1 } } })
    if (!count) throw new AppError('CONFLICT')
    for (const item of items) {
      const nominal = item.nominal!
      const level = levelAfter(nominal.level, item.levelDecision!)!
      await setNominalLevel(tx, actor, {
        offenderId: item.offenderId,
        area: nominal.area,
        category: nominal.category,
        leadAgencyId: nominal.leadAgencyId,
        level,
        nextReviewDate: item.nextReviewDate!,
        reason: (item.riskAssessment ?? '').slice(0, 1000),
        meetingId,
      })
      await recordAudit(tx, actor, { action: 'mappa.level', subjectType: 'MappaNominal', subjectId: nominal.id, offenderId: item.offenderId, detail: { meetingId, decision: item.levelDecision, from: nominal.level, to: level } })
    }
    await recordAudit(tx, actor, { action: 'mappa.minutes.approve', subjectType: 'MappaMeeting', subjectId: meetingId, detail: { items: items.length } })
    return { id: meetingId }
  })
}

const person = { select: personHeading } as const
const actionInclude = { ownerAgency: { select: { name: true, nameCy: true } }, ownerUser: { select: { name: true } } } as const

/**
 * The minutes of a meeting. Its chair and coordinators read them at any stage (a draft until approved); the
 * distribution list once approved; someone granted a request reads only the nominal they asked about, and an action's
 * owner only the nominals their actions concern (scope `actions`: minutesOwnedActions, break test 20). A person the
 * reader may not see (limited access) keeps their place in the minutes, with nothing that identifies them. Every read is audited per person.
 */
export async function getMinutes(actor: Actor, meetingId: string, purpose: 'view' | 'download' | 'run' = 'view') {
  const runner = await prisma.mappaMeeting.count({ where: { AND: [{ id: meetingId }, meetingRunnable(actor)] } }).catch(whenMissing(0))
  const distribution = runner > 0 || (await prisma.mappaMeeting.count({ where: { AND: [{ id: meetingId, status: 'FINALISED' }, meetingReadable(actor)] } })) > 0
  const requested = distribution ? [] : (await prisma.mappaMinutesRequest.findMany({ where: { AND: [{ meetingId }, minutesGranted(actor)] }, select: { offenderId: true } })).map((r) => r.offenderId)
  // An action's owner reads the approved minutes about the nominal the action concerns (break test 20).
  const owned = distribution ? [] : (await prisma.mappaAction.findMany({ where: { AND: [{ meetingId }, minutesOwnedActions(actor)] }, select: { offenderId: true } })).map((a) => a.offenderId)
  const granted = [...new Set([...requested, ...owned])]
  if (!distribution && granted.length === 0) throw notFound()
  const scope = distribution ? ('meeting' as const) : requested.length ? ('granted' as const) : ('actions' as const)
  const meeting = await prisma.mappaMeeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: {
      chair: { select: { name: true, agency: { select: { name: true, nameCy: true } } } },
      attendance: { include: { agency: { select: { name: true, nameCy: true } } }, orderBy: [{ agency: { name: 'asc' } }, { name: 'asc' }] },
      agendaItems: {
        where: distribution ? {} : { offenderId: { in: granted }, status: 'LISTED' },
        orderBy: { position: 'asc' },
        include: { offender: person, nominal: { select: { level: true, category: true, nextReviewDate: true } }, actions: { include: actionInclude, orderBy: { dueDate: 'asc' } } },
      },
    },
  })
  const offenderIds = meeting.agendaItems.map((i) => i.offenderId)
  const [visible, previous] = await Promise.all([
    prisma.offender.findMany({ where: { AND: [{ id: { in: offenderIds } }, laoVisible(actor)] }, select: { id: true } }),
    // Actions from earlier meetings, with the status they have now, reviewed item by item.
    prisma.mappaAction.findMany({ where: { offenderId: { in: offenderIds }, meetingId: { not: meetingId }, createdAt: { lt: meeting.startsAt } }, include: actionInclude, orderBy: { dueDate: 'asc' } }),
  ])
  const open = new Set(visible.map((o) => o.id))
  const action = ({ view: 'mappa.minutes.view', download: 'mappa.minutes.download', run: 'mappa.meeting.run' } as const)[purpose]
  await recordAuditEach(prisma, actor, [
    { action, subjectType: 'MappaMeeting', subjectId: meetingId, detail: { scope, items: offenderIds.length } },
    ...offenderIds.filter((id) => open.has(id)).map((offenderId) => ({ action, subjectType: 'MappaMeeting', subjectId: meetingId, offenderId })),
  ])
  // The stage counts every recorded item, including those a granted reader does not see (walk-through D3 of issue 16).
  const stage = (await stagesOf(prisma, [meeting])).get(meeting.id)!
  return {
    ...meeting,
    stage,
    draft: meeting.status !== 'FINALISED',
    scope,
    agendaItems: meeting.agendaItems.map((i) =>
      open.has(i.offenderId)
        ? { ...i, restricted: false, previousActions: previous.filter((a) => a.offenderId === i.offenderId), ref: null }
        // The run page links a redacted item by its sealed reference, which names nothing (ADR 0023, walk 35 D3).
        : { ...redactedItem(i), actions: [], previousActions: [], ref: purpose === 'run' ? deferRef(meetingId, i.id) : null },
    ),
  }
}

/** Someone not on the distribution list asks for the approved minutes about a person they work with. */
export async function requestMinutes(actor: Actor, input: unknown) {
  authorize(actor, 'mappa.read')
  const { meetingId, offenderId, reason } = ZRequestMinutes.parse(input)
  return prisma.$transaction(async (tx) => {
    // A request outlives a break-glass opening, which widens reading only (walk 54 F1): the role's own scope.
    const item = await tx.mappaAgendaItem.findFirst({ where: { meetingId, offenderId, status: 'LISTED', meeting: { status: 'FINALISED' }, offender: offenderVisibleByRole(actor) } })
    if (!item) throw notFound()
    if (await tx.mappaMeeting.count({ where: { AND: [{ id: meetingId }, meetingReadable(actor)] } })) throw invalid('_form', 'alreadyOnDistribution')
    if (await tx.mappaMinutesRequest.count({ where: { meetingId, offenderId, requesterId: actor.userId, status: { in: ['PENDING', 'GRANTED'] } } })) throw invalid('_form', 'alreadyRequested')
    const request = await tx.mappaMinutesRequest.create({ data: { meetingId, offenderId, requesterId: actor.userId, reason } })
    await recordAudit(tx, actor, { action: 'mappa.minutes.request', subjectType: 'MappaMinutesRequest', subjectId: request.id, offenderId, reason })
    return { id: request.id, offenderId }
  })
}

/** The coordinator of the meeting's area grants or refuses a request; the decision and its reason are kept. */
export async function decideMinutesRequest(actor: Actor, input: unknown) {
  authorize(actor, 'mappa.manage')
  const { requestId, decision, decisionReason } = ZDecideMinutesRequest.parse(input)
  return prisma.$transaction(async (tx) => {
    const request = await tx.mappaMinutesRequest.findFirst({ where: { id: requestId, meeting: { area: areaOf(actor) } } })
    if (!request) throw notFound()
    const { count } = await tx.mappaMinutesRequest.updateMany({
      where: { id: requestId, status: 'PENDING' },
      data: { status: decision, decisionReason: decisionReason ?? null, decidedById: actor.userId, decidedAt: new Date() },
    })
    if (!count) throw new AppError('CONFLICT')
    await recordAudit(tx, actor, { action: 'mappa.minutes.decide', subjectType: 'MappaMinutesRequest', subjectId: requestId, offenderId: request.offenderId, reason: decisionReason ?? null, detail: { decision } })
    return { id: requestId, offenderId: request.offenderId }
  })
}

/** Requests waiting for the coordinator of the area. */
export async function pendingMinutesRequests(actor: Actor) {
  authorize(actor, 'mappa.manage')
  if (!actor.region) return []
  return prisma.mappaMinutesRequest.findMany({
    where: { status: 'PENDING', meeting: { area: actor.region }, offender: laoVisible(actor) },
    orderBy: { createdAt: 'asc' },
    include: { requester: { select: { name: true, agency: { select: { name: true, nameCy: true } } } }, offender: person, meeting: { select: { id: true, level: true, startsAt: true } } },
  })
}
