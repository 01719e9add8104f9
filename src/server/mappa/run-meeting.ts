import 'server-only'
import { parseAsDrawn, type AsDrawn } from '../as-drawn'
import type { ZodType } from 'zod'
import type { AuditAction } from '../audit/audit-actions'
import type { Prisma } from '../../generated/prisma/client'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { AppError, invalid, notFound, staleRefusal, type MessageName } from '../errors'
import { authorize, mappaAttendeeAccounts, meetingRunnable, type Actor } from '../policy'
import { hasMeetingBegun, hasMeetingStarted } from './meeting-start'
import { ZAddAttendee, ZMarkAttendance, ZRemoveAttendee } from './mappa.schemas'
import { ZStatement } from './minutes-record.schemas'
import { happenedAt } from './happened-at'
import { lockRow } from '../row-lock'
import { sameAttendeeName } from './attendee-name'


/**
 * When a step may run: `refused` (the record: items, drafts, actions, the close) once the start has passed; `setup`
 * (the statement) from 30 minutes before it; `allowed` (the attendance list) at any time (issue 16 MAPPA fix item 1).
 */
export type BeforeStart = 'allowed' | 'setup' | 'refused'

/**
 * A meeting the actor runs (its chair or a coordinator of its area) whose minutes are not yet approved and which
 * may take this step now (`BeforeStart`). The meeting's row is held until the transaction ends.
 * Errors: NOT_FOUND, `_form` meetingClosed, meetingNotStarted (before the set-up margin) or recordNotYet (in the
 * margin, for a step of the record).
 */
export async function openMeetingFor(tx: Tx, actor: Actor, meetingId: string, beforeStart: BeforeStart = 'refused') {
  authorize(actor, 'mappa.read')
  await lockRow(tx, 'MappaMeeting', meetingId) // approval and this step one after the other, never interleaved
  const meeting = await tx.mappaMeeting.findFirst({ where: { AND: [{ id: meetingId }, meetingRunnable(actor)] } })
  if (!meeting) throw notFound()
  if (meeting.status === 'FINALISED' || meeting.status === 'CANCELLED') throw staleRefusal('meetingClosed')
  if (beforeStart !== 'allowed' && !hasMeetingBegun(meeting.startsAt)) throw invalid('_form', 'meetingNotStarted')
  if (beforeStart === 'refused' && !hasMeetingStarted(meeting.startsAt)) throw invalid('_form', 'recordNotYet')
  return meeting
}

/**
 * Before a meeting begins the chair lists who is expected and records apologies sent ahead (MAPPA guidance: invitations
 * and apologies precede the meeting); present or absent can only be said of a meeting under way.
 * Errors: `status` attendanceNotYet when `status` is PRESENT or ABSENT before the meeting begins.
 */
function refuseRoomStatusBeforeStart(meeting: { startsAt: Date }, status: string) {
  if (!hasMeetingBegun(meeting.startsAt) && (status === 'PRESENT' || status === 'ABSENT')) throw invalid('status', 'attendanceNotYet')
}

type Audit = { subjectId?: string; offenderId?: string; detail?: Prisma.InputJsonObject }

/**
 * One step of running a meeting: parse, find the open meeting (an approved one refuses), change, audit — all or nothing.
 * `drawn`: what a refused form is checked against first (parseAsDrawn), when more than the meeting (an item's version).
 */
export function meetingStep<T extends { meetingId: string }, R>(
  schema: ZodType<T>,
  action: AuditAction,
  run: (tx: Tx, actor: Actor, meeting: Awaited<ReturnType<typeof openMeetingFor>>, input: T) => Promise<{ result: R; audit?: Audit }>,
  beforeStart: BeforeStart = 'refused',
  drawn?: (actor: Actor) => AsDrawn,
) {
  return async (actor: Actor, input: unknown): Promise<R & { id: string }> => {
    authorize(actor, 'mappa.read')
    const data = await parseAsDrawn(schema, input, drawn?.(actor) ?? { id: 'meetingId', versioned: false, check: (tx, id) => openMeetingFor(tx, actor, id, beforeStart) })
    return prisma.$transaction(async (tx) => {
      const meeting = await openMeetingFor(tx, actor, data.meetingId, beforeStart)
      const { result, audit = {} } = await run(tx, actor, meeting, data)
      await recordAudit(tx, actor, { action, subjectType: 'MappaMeeting', subjectId: audit.subjectId ?? meeting.id, offenderId: audit.offenderId ?? null, detail: audit.detail })
      return { ...result, id: meeting.id }
    })
  }
}

/** Adds someone to the attendance list: a Llwybr account from an invited agency, or a named person without one. */
export const addAttendee = meetingStep(ZAddAttendee, 'mappa.attendance.add', async (tx, _actor, meeting, a) => {
  refuseRoomStatusBeforeStart(meeting, a.status)
  let { name, agencyId } = a
  let accountAgency: MessageName | null = null
  if (a.userId) {
    const user = await tx.user.findFirst({ where: { id: a.userId, status: 'ACTIVE' }, select: { name: true, agencyId: true, agency: { select: { name: true, nameCy: true } } } })
    if (!user) throw invalid('userId', 'chooseOption')
    if (!(await tx.user.count({ where: { AND: [{ id: a.userId }, mappaAttendeeAccounts] } }))) throw invalid('userId', 'attendeeNotCasework')
    if (agencyId && user.agencyId !== agencyId) throw invalid('userId', 'ownerNotInAgency')
    if (await tx.mappaAttendance.count({ where: { meetingId: meeting.id, userId: a.userId } })) throw invalid('userId', 'alreadyAttending')
    // An account's row carries the account's name: a name sent beside it would show someone else (break 37 D2).
    name = user.name
    agencyId = user.agencyId
    accountAgency = { en: user.agency.name, cy: user.agency.nameCy }
  }
  // An account brings its own agency, so its refusal names that agency rather than asking for a field that form lacks
  // (break 37 O1, break 38 D2).
  if (!(await tx.mappaInvitation.count({ where: { meetingId: meeting.id, agencyId } }))) throw accountAgency ? invalid('userId', 'attendeeAgencyNotInvited', { agency: accountAgency }) : invalid('agencyId', 'chooseAttendeeAgency')
  // One person, one row: the same name of the same agency, by name or by account, whatever the case (break 45 F1: added
  // twice by name, approved minutes had them both present and sending apologies).
  // Compared by attendeeNameKey: an apostrophe's shape, a ligature or a character that draws nothing is no other person (break 47 F2–F3).
  const agencyRows = await tx.mappaAttendance.findMany({ where: { meetingId: meeting.id, agencyId }, select: { name: true } })
  if (agencyRows.some((r) => sameAttendeeName(r.name, name!))) throw invalid(a.userId ? 'userId' : 'name', 'alreadyAttending')
  const row = await tx.mappaAttendance.create({ data: { meetingId: meeting.id, agencyId: agencyId!, userId: a.userId ?? null, name: name!, role: a.role ?? null, status: a.status } })
  return { result: {}, audit: { detail: { attendanceId: row.id, agencyId: agencyId!, userId: a.userId ?? null, status: a.status } } }
}, 'allowed')

/** Present, apologies or absent, marked in the room; expected or apologies before it begins. */
export const markAttendance = meetingStep(ZMarkAttendance, 'mappa.attendance.mark', async (tx, _actor, meeting, { attendanceId, status }) => {
  refuseRoomStatusBeforeStart(meeting, status)
  const { count } = await tx.mappaAttendance.updateMany({ where: { id: attendanceId, meetingId: meeting.id }, data: { status } })
  if (!count) throw await attendanceGone(tx, meeting.id, attendanceId)
  return { result: {}, audit: { detail: { attendanceId, status } } }
}, 'allowed')

export const removeAttendee = meetingStep(ZRemoveAttendee, 'mappa.attendance.remove', async (tx, _actor, meeting, { attendanceId }) => {
  const { count } = await tx.mappaAttendance.deleteMany({ where: { id: attendanceId, meetingId: meeting.id } })
  if (!count) throw await attendanceGone(tx, meeting.id, attendanceId)
  return { result: {}, audit: { detail: { attendanceId } } }
}, 'allowed')

/**
 * The chair reads the statement, so is in the room: put on the attendance list as present, with their agency, unless
 * already on it (re-walk of issue 16, D4: chairs had to add themselves, and approved minutes omitted them).
 * Output: whether a row was added.
 */
async function addChairPresent(tx: Tx, meeting: { id: string; chairId: string }): Promise<boolean> {
  if (await tx.mappaAttendance.count({ where: { meetingId: meeting.id, userId: meeting.chairId } })) return false
  const chair = await tx.user.findUniqueOrThrow({ where: { id: meeting.chairId }, select: { name: true, agencyId: true } })
  // Typed in by name beforehand: that row is the chair's, now present (break 47 F1: the minutes listed the chair twice).
  const typedIn = (await tx.mappaAttendance.findMany({ where: { meetingId: meeting.id, agencyId: chair.agencyId, userId: null }, select: { id: true, name: true } })).find((r) => sameAttendeeName(r.name, chair.name))
  if (typedIn) await tx.mappaAttendance.update({ where: { id: typedIn.id }, data: { userId: meeting.chairId, name: chair.name, status: 'PRESENT' } })
  else await tx.mappaAttendance.create({ data: { meetingId: meeting.id, userId: meeting.chairId, agencyId: chair.agencyId, name: chair.name, role: null, status: 'PRESENT' } })
  return true
}

/**
 * The chair has read the confidentiality and diversity statement to the room; the minutes open with it, at the time
 * it was read (happenedAt, with the set-up margin; issue 16 walk-through item 2), not after any nominal's "Discussed from"
 * time (`time` statementAfterDiscussedItem). The first record stands. Output: `chairAdded`, whether the chair was put
 * on the attendance list as present (the page says so: walk 37 O6).
 */
export const acknowledgeStatement = meetingStep(ZStatement, 'mappa.meeting.statement', async (tx, _actor, meeting, { time, confirm }) => {
  if (meeting.statementAt) return { result: { chairAdded: false } }
  const statementAt = happenedAt(meeting, time, true)
  const published = await publishWithStatement(tx, meeting, confirm)
  // Read before any nominal: typed up after items with earlier times, the statement's time is what to change, since
  // the items' times are set one by one and the message can say which bound to respect (re-walk of issue 16, D2).
  const firstDiscussed = await tx.mappaAgendaItem.findFirst({ where: { meetingId: meeting.id, discussedAt: { lt: statementAt } }, select: { id: true } })
  if (firstDiscussed) throw invalid('time', 'statementAfterDiscussedItem')
  await tx.mappaMeeting.update({ where: { id: meeting.id }, data: { statementAt } })
  const chairAdded = await addChairPresent(tx, meeting)
  return { result: { chairAdded }, audit: { detail: { statementAt: statementAt.toISOString(), chairAdded, published } } }
}, 'setup')

/** Whether the meeting's agenda lists nominals but was never published, so the invited agencies have not seen it. */
async function unpublishedAgenda(tx: Tx, meeting: { id: string; status: string }): Promise<boolean> {
  return meeting.status === 'SCHEDULED' && (await tx.mappaAgendaItem.count({ where: { meetingId: meeting.id, status: 'LISTED' } })) > 0
}

/**
 * Reading the statement fixes the agenda (ADR 0024), so an agenda never published goes out with it, once the chair has
 * said yes (walk 20, D7: a meeting was run on an agenda the invited agencies never saw). Asked rather than refused: a
 * meeting typed up afterwards may have had its agenda sent outside Llwybr, and publishing now records that it went.
 * Errors: `confirm` confirmPublishOnStatement while unasked. Output: whether the agenda was published now.
 */
async function publishWithStatement(tx: Tx, meeting: { id: string; status: string }, confirm: boolean): Promise<boolean> {
  if (!(await unpublishedAgenda(tx, meeting))) return false
  // `confirmStep` lets the form answer with what publishing means, beside the tick (meeting-actions.ts).
  if (!confirm) throw new AppError('VALIDATION', 'VALIDATION', { confirm: ['confirmPublishOnStatement'] }, { confirmStep: 'publishAgenda' })
  await tx.mappaMeeting.update({ where: { id: meeting.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } })
  return true
}

/**
 * A nominal's record or the close also makes the meeting held and its agenda fixed: refused while the agenda is
 * unpublished, the message pointing to the statement (which publishes it) or the meeting page (walk 20, D7).
 * Errors: `_form` agendaNotPublished.
 */
export async function refuseUnpublishedAgenda(tx: Tx, meeting: { id: string; status: string }): Promise<void> {
  if (await unpublishedAgenda(tx, meeting)) throw invalid('_form', 'agendaNotPublished')
}

/**
 * Why an attendance row a form names is not there: taken off this meeting's list by someone else since the page was
 * drawn (its removal is in the audit log) is a stale page, said so with the reload link; anything else is no such
 * row (NOT_FOUND, as for a tampered id). Break 37 O5: a chair marking someone a colleague had just removed was told
 * "This record does not exist". Output: the AppError to throw.
 */
async function attendanceGone(tx: Tx, meetingId: string, attendanceId: string) {
  const removed = await tx.auditEvent.count({ where: { action: 'mappa.attendance.remove', subjectId: meetingId, detail: { path: ['attendanceId'], equals: attendanceId } } })
  return removed ? staleRefusal('attendanceRemoved') : notFound()
}
