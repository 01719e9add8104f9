import 'server-only'
import { decidedFromOtherLevel } from './approval-gaps'
import { namesakesInOtherAgencies } from './attendee-name'
import { whenMissing } from '../missing-record'
import { withStages } from './meeting-stages'
import { prisma } from '../db'
import { notFound } from '../errors'
import { mayBeShown } from '../limited-access/excluded-staff'
import { mappaAttendeeAccounts, meetingReadable, meetingRunnable, offenderVisible, offenderVisibleByRole, type Actor } from '../policy'
import { getMinutes } from './minutes'
import { chosenItem, type AgendaChoice } from './agenda-choice'
import { minutesFingerprint } from './minutes-fingerprint'
import { hasMeetingBegun, hasMeetingStarted, meetingRunsFrom } from './meeting-start'

/**
 * The chair's screen: the meeting as recorded so far (the draft minutes) plus what the forms offer — the invited
 * agencies and their people, for attendance and action owners — and whether it is open to change (begun and not
 * approved; `isOpen` for set-up, `canRecord` for the record), or from when set-up opens (`runsFrom`) while the
 * record is not yet open, and whether only the attendance list can be prepared (`canPrepare`); `fingerprint` is what
 * the approve form carries (MAPPA fix item 2); `recordAgain`, the ids of items recorded before an outside level change; `current`, the listed item to show for `choice` and whether the one asked
 * for has gone (chosenItem); `namesakes`, attendance row id → the other agencies listing a person of that name
 * (namesakesInOtherAgencies). Errors: NOT_FOUND when the actor may not run the meeting.
 */
export async function getMeetingRoom(actor: Actor, meetingId: string, choice: AgendaChoice = {}) {
  if (!(await prisma.mappaMeeting.count({ where: { AND: [{ id: meetingId }, meetingRunnable(actor)] } }).catch(whenMissing(0)))) throw notFound()
  const minutes = await getMinutes(actor, meetingId, 'run')
  // The attendance picker offers each account once: not those already on the list (walk 37 O4).
  const invitations = await prisma.mappaInvitation.findMany({
    where: { meetingId },
    include: { agency: { select: { id: true, name: true, nameCy: true, users: { where: { AND: [mappaAttendeeAccounts, { mappaAttendance: { none: { meetingId } } }] }, select: { id: true, name: true }, orderBy: { name: 'asc' }, take: 200 } } } },
    orderBy: { agency: { name: 'asc' } },
  })
  // Approved (or cancelled) minutes close the meeting: every screen of it is read-only (issue 16 item 1).
  const notClosed = minutes.status === 'SCHEDULED' || minutes.status === 'PUBLISHED'
  // Before it begins nothing can be recorded either: `runsFrom` is when the forms appear (issue 16, MAPPA gaps item 1).
  // Set-up (attendance, the statement) opens 30 minutes early; the record itself only at the start (MAPPA fix item 1).
  const isOpen = notClosed && hasMeetingBegun(minutes.startsAt)
  const canRecord = notClosed && hasMeetingStarted(minutes.startsAt)
  const runsFrom = notClosed && !canRecord ? meetingRunsFrom(minutes.startsAt) : null
  // Who is expected, and apologies sent ahead, can be listed before it begins (run-meeting.ts refuses the rest).
  const canPrepare = notClosed && !isOpen
  const current = chosenItem(minutes.agendaItems.filter((i) => i.status === 'LISTED'), choice)
  // Recorded from a level changed since outside the meeting: approval refuses them until recorded again (break 43 F1).
  // Only while the minutes can change: approval applies the meeting's own decisions to the nominals (walk 67 F1).
  const recordAgain = notClosed ? minutes.agendaItems.flatMap((i) => (i.id && decidedFromOtherLevel(i) ? [i.id] : [])) : []
  // One name under two agencies may be one person listed twice: the list says so beside each (break 48 F2).
  const namesakes = namesakesInOtherAgencies(minutes.attendance)
  return { ...minutes, current, recordAgain, namesakes, agencies: invitations.map((i) => ({ ...i.agency, kind: i.kind })), isChair: minutes.chairId === actor.userId, isOpen, canRecord, canPrepare, runsFrom, fingerprint: await minutesFingerprint(prisma, meetingId) }
}

/**
 * Who may own an action on one nominal of a meeting (sec19b, issue 17): the active staff of the invited agencies whose
 * work is with named people (mappaAttendeeAccounts, walk 34 D5), less anyone excluded from that nominal or left off
 * their restriction list (review 66b B1), filtered in the query (the room's `agencies` lists everyone who may attend).
 * Input: the meeting and agenda item ids. Output: the people by name with their agency id (the picker's group).
 * Errors: NOT_FOUND when the actor may not run the meeting or the item is not on it.
 */
export async function actionOwnerChoices(actor: Actor, meetingId: string, itemId: string): Promise<{ id: string; name: string; agencyId: string }[]> {
  const item = await prisma.mappaAgendaItem.findFirst({ where: { id: itemId, meeting: { AND: [{ id: meetingId }, meetingRunnable(actor)] } }, select: { offenderId: true } }).catch(whenMissing(null))
  if (!item) throw notFound()
  return prisma.user.findMany({
    where: { AND: [mappaAttendeeAccounts, { agency: { mappaInvitations: { some: { meetingId } } } }, await mayBeShown(prisma, item.offenderId)] },
    select: { id: true, name: true, agencyId: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    take: 1000,
  })
}

/** Meetings the actor chairs or is listed for, from a month back: their route to agendas and minutes. */
export async function myMappaMeetings(actor: Actor) {
  const since = new Date(Date.now() - 31 * 24 * 3600 * 1000)
  const meetings = await prisma.mappaMeeting.findMany({
    where: { AND: [meetingReadable(actor), { OR: [{ chairId: actor.userId }, { attendance: { some: { userId: actor.userId } } }] }, { startsAt: { gte: since } }, { status: { not: 'CANCELLED' } }] },
    orderBy: { startsAt: 'asc' },
    take: 20,
    select: { id: true, level: true, startsAt: true, status: true, statementAt: true, endedAt: true, area: true },
  })
  // Named by stage, so a meeting held but not yet approved is not "Scheduled" (walk-through D3 of issue 16).
  return withStages(prisma, meetings)
}

/**
 * Approved minutes that discuss a person, for their record's MAPPA page, with how the reader may get them: on the
 * distribution list, granted on request, a request pending or refused, or not yet asked; `mayRequest` is false for a
 * reader who reached the person only through a break-glass opening, which asks for nothing (walk 54 F1).
 */
export async function minutesAboutOffender(actor: Actor, offenderId: string) {
  if (!(await prisma.offender.count({ where: { AND: [{ id: offenderId }, offenderVisible(actor)] } }))) return []
  const mayRequest = (await prisma.offender.count({ where: { AND: [{ id: offenderId }, offenderVisibleByRole(actor)] } })) > 0
  const meetings = await prisma.mappaMeeting.findMany({
    where: { status: 'FINALISED', agendaItems: { some: { offenderId, status: 'LISTED' } } },
    orderBy: { startsAt: 'desc' },
    select: { id: true, level: true, startsAt: true, minutesRequests: { where: { requesterId: actor.userId, offenderId }, orderBy: { createdAt: 'desc' }, take: 1, select: { status: true, decisionReason: true } } },
  })
  const readable = new Set((await prisma.mappaMeeting.findMany({ where: { AND: [{ id: { in: meetings.map((m) => m.id) } }, meetingReadable(actor)] }, select: { id: true } })).map((m) => m.id))
  return meetings.map(({ minutesRequests, ...m }) => ({ ...m, mayRequest, access: readable.has(m.id) ? ('distribution' as const) : (minutesRequests[0]?.status ?? ('none' as const)), decisionReason: minutesRequests[0]?.decisionReason ?? null }))
}
