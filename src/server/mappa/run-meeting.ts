import 'server-only'
import type { AuditAction } from '../audit/audit-actions'
import type { Prisma } from '../../generated/prisma/client'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { AppError, invalid, notFound } from '../errors'
import { authorize, meetingRunnable, type Actor } from '../policy'
import { levelAfter } from './level-steps'
import { hasMeetingBegun, hasMeetingStarted } from './meeting-start'
import { ZAddAction, ZAddAttendee, ZItemDraft, ZMarkAttendance, ZMeetingId, ZRecordItem, ZRemoveAttendee } from './mappa.schemas'
import { lockRow } from '../row-lock'


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
  if (meeting.status === 'FINALISED' || meeting.status === 'CANCELLED') throw invalid('_form', 'meetingClosed')
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

/** One step of running a meeting: parse, find the open meeting (an approved one refuses), change, audit — all or nothing. */
export function meetingStep<T extends { meetingId: string }, R>(
  schema: { parse: (input: unknown) => T },
  action: AuditAction,
  run: (tx: Tx, actor: Actor, meeting: Awaited<ReturnType<typeof openMeetingFor>>, input: T) => Promise<{ result: R; audit?: Audit }>,
  beforeStart: BeforeStart = 'refused',
) {
  return async (actor: Actor, input: unknown): Promise<R & { id: string }> => {
    authorize(actor, 'mappa.read')
    const data = schema.parse(input)
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
  if (a.userId) {
    const user = await tx.user.findFirst({ where: { id: a.userId, status: 'ACTIVE' }, select: { name: true, agencyId: true } })
    if (!user) throw invalid('userId', 'chooseOption')
    if (agencyId && user.agencyId !== agencyId) throw invalid('userId', 'ownerNotInAgency')
    if (await tx.mappaAttendance.count({ where: { meetingId: meeting.id, userId: a.userId } })) throw invalid('userId', 'alreadyAttending')
    name = name ?? user.name
    agencyId = user.agencyId
  }
  if (!(await tx.mappaInvitation.count({ where: { meetingId: meeting.id, agencyId } }))) throw invalid(a.userId ? 'userId' : 'agencyId', 'chooseAttendeeAgency')
  const row = await tx.mappaAttendance.create({ data: { meetingId: meeting.id, agencyId: agencyId!, userId: a.userId ?? null, name: name!, role: a.role ?? null, status: a.status } })
  return { result: {}, audit: { detail: { attendanceId: row.id, agencyId: agencyId!, userId: a.userId ?? null, status: a.status } } }
}, 'allowed')

/** Present, apologies or absent, marked in the room; expected or apologies before it begins. */
export const markAttendance = meetingStep(ZMarkAttendance, 'mappa.attendance.mark', async (tx, _actor, meeting, { attendanceId, status }) => {
  refuseRoomStatusBeforeStart(meeting, status)
  const { count } = await tx.mappaAttendance.updateMany({ where: { id: attendanceId, meetingId: meeting.id }, data: { status } })
  if (!count) throw notFound()
  return { result: {}, audit: { detail: { attendanceId, status } } }
}, 'allowed')

export const removeAttendee = meetingStep(ZRemoveAttendee, 'mappa.attendance.remove', async (tx, _actor, meeting, { attendanceId }) => {
  const { count } = await tx.mappaAttendance.deleteMany({ where: { id: attendanceId, meetingId: meeting.id } })
  if (!count) throw notFound()
  return { result: {}, audit: { detail: { attendanceId } } }
}, 'allowed')

/** The chair has read the confidentiality and diversity statement to the room; the minutes open with it. */
export const acknowledgeStatement = meetingStep(ZMeetingId, 'mappa.meeting.statement', async (tx, _actor, meeting) => {
  if (!meeting.statementAt) await tx.mappaMeeting.update({ where: { id: meeting.id }, data: { statementAt: new Date() } })
  return { result: {} }
}, 'setup')

/** The listed item, claimed at the version the screen saw, so two laptops in the room never overwrite each other. */
async function claimItem(tx: Tx, meetingId: string, itemId: string, version: number) {
  const item = await tx.mappaAgendaItem.findFirst({ where: { id: itemId, meetingId, status: 'LISTED' }, include: { nominal: { select: { level: true } } } })
  if (!item) throw notFound()
  if (item.version !== version) throw new AppError('CONFLICT')
  return item
}

/** Autosave: whatever has been typed so far, however incomplete. Answers the new version for the next save. */
export const saveItemDraft = meetingStep(ZItemDraft, 'mappa.item.draft', async (tx, _actor, meeting, { itemId, version, meetingId: _m, ...fields }) => {
  const item = await claimItem(tx, meeting.id, itemId, version)
  const saved = await tx.mappaAgendaItem.update({
    where: { id: itemId },
    data: { ...nullable(fields), version: { increment: 1 } },
  })
  return { result: { version: saved.version }, audit: { offenderId: item.offenderId, detail: { itemId } } }
})

/** Records the item for the minutes: the risk assessment, the level decision (a possible step) and the next review. */
export const recordItem = meetingStep(ZRecordItem, 'mappa.item.record', async (tx, _actor, meeting, { itemId, version, meetingId: _m, ...fields }) => {
  const item = await claimItem(tx, meeting.id, itemId, version)
  const decidedLevel = levelAfter(item.nominal?.level ?? meeting.level, fields.levelDecision)
  if (decidedLevel === null) throw invalid('levelDecision', 'levelDecisionNotPossible')
  const saved = await tx.mappaAgendaItem.update({
    where: { id: itemId },
    data: { ...nullable(fields), decidedLevel, recordedAt: new Date(), version: { increment: 1 } },
  })
  return { result: { version: saved.version }, audit: { offenderId: item.offenderId, detail: { itemId, levelDecision: fields.levelDecision, decidedLevel } } }
})

/** A field sent empty is cleared; a field not sent at all is left as it was. */
function nullable<T extends Record<string, unknown>>(fields: T): { [K in keyof T]: Exclude<T[K], undefined> | null } {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v ?? null])) as { [K in keyof T]: Exclude<T[K], undefined> | null }
}

/** A new action for the nominal: an invited agency owns it, optionally a named person in that agency. */
export const addAction = meetingStep(ZAddAction, 'mappa.action.add', async (tx, _actor, meeting, a) => {
  const item = await tx.mappaAgendaItem.findFirst({ where: { id: a.itemId, meetingId: meeting.id, status: 'LISTED' } })
  if (!item) throw notFound()
  if (!(await tx.mappaInvitation.count({ where: { meetingId: meeting.id, agencyId: a.ownerAgencyId } }))) throw invalid('ownerAgencyId', 'chooseOwner')
  if (a.ownerUserId && !(await tx.user.count({ where: { id: a.ownerUserId, agencyId: a.ownerAgencyId, status: 'ACTIVE' } }))) throw invalid('ownerUserId', 'ownerNotInAgency')
  const action = await tx.mappaAction.create({
    data: { meetingId: meeting.id, agendaItemId: item.id, offenderId: item.offenderId, description: a.description, ownerAgencyId: a.ownerAgencyId, ownerUserId: a.ownerUserId ?? null, dueDate: a.dueDate },
  })
  return { result: { actionId: action.id }, audit: { subjectId: meeting.id, offenderId: item.offenderId, detail: { actionId: action.id, ownerAgencyId: a.ownerAgencyId, ownerUserId: a.ownerUserId ?? null } } }
})
