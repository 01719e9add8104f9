import 'server-only'
import { subDays } from 'date-fns'
import type { Prisma } from '../../generated/prisma/client'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { lockRow } from '../row-lock'
import { invalid, notFound, staleRefusal } from '../errors'
import { authorize, circleWorkable, signedInVolunteer, volunteerCircleVisible, type Actor } from '../policy'
import { ZCancelMeeting, ZCircleMinutes } from './circle-life.schemas'
import { coreMemberLimited, coreMemberSelect, namedCoreMember } from './rota-core-members'
import { redactedOverdueMinutes } from './redacted-rows'

/** Minutes are due within 48 hours of the meeting's end (domain.md, COSA). */
export const MINUTES_DUE_MS = 48 * 3_600_000
export const minutesDueAt = (endsAt: Date) => new Date(endsAt.getTime() + MINUTES_DUE_MS)
/** How far back a volunteer is offered meetings still to write up. */
const WRITE_UP_WINDOW_DAYS = 28

/** A meeting held and not written up: scheduled (not cancelled), over, with no minutes. */
const heldWithoutMinutes = (before: Date): Prisma.CircleMeetingWhereInput => ({ status: 'SCHEDULED', endsAt: { lte: before }, minutes: { is: null } })
const onMeeting = { response: { not: 'DECLINED' } } as const

/**
 * The signed-in volunteer's meetings that are over and still need minutes, for the portal: each with its volunteers,
 * the reader first (`isMe`, ticked on the form: the writer is always present), then by first name.
 */
export async function meetingsToWriteUp(actor: Actor) {
  authorize(actor, 'cosa.portal')
  const now = new Date()
  const rows = await prisma.circleMeeting.findMany({
    where: {
      ...heldWithoutMinutes(now),
      endsAt: { lte: now, gte: subDays(now, WRITE_UP_WINDOW_DAYS) },
      assignments: { some: { ...onMeeting, volunteer: signedInVolunteer(actor) } },
      circle: volunteerCircleVisible(actor),
    },
    orderBy: { startsAt: 'asc' },
    take: 20,
    // First names only: volunteers see nothing more of each other or of the core member.
    select: { id: true, startsAt: true, endsAt: true, circle: { select: { coreMember: { select: { firstName: true } } } }, assignments: { where: onMeeting, orderBy: [{ volunteer: { firstName: 'asc' } }, { volunteerId: 'asc' }], select: { volunteer: { select: { id: true, firstName: true, userId: true } } } } },
  })
  return rows.map((m) => ({
    id: m.id,
    startsAt: m.startsAt,
    dueAt: minutesDueAt(m.endsAt),
    coreMemberFirstName: m.circle.coreMember.firstName,
    // The writer first, the others by first name: the same order on every drawing of the form (walk 64 F3: the boxes
    // swapped places after a refusal).
    volunteers: m.assignments.map((a) => ({ id: a.volunteer.id, firstName: a.volunteer.firstName, isMe: a.volunteer.userId === actor.userId })).sort((a, b) => Number(b.isMe) - Number(a.isMe)),
  }))
}

/**
 * A volunteer who was on the rota writes the meeting's minutes once it is over: who attended, what was discussed,
 * the core member's mood and progress on their goals (only when they came: ZCircleMinutes). One set per meeting; late
 * minutes are still accepted.
 */
export async function submitMinutes(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.portal')
  const { meetingId, presentVolunteerIds, ...minutes } = ZCircleMinutes.parse(input)
  return prisma.$transaction(async (tx) => {
    // Two volunteers of one meeting sending minutes together: the second waits, then finds them written.
    await lockRow(tx, 'CircleMeeting', meetingId)
    const meeting = await tx.circleMeeting.findFirst({
      where: { id: meetingId, status: 'SCHEDULED', circle: volunteerCircleVisible(actor), assignments: { some: { ...onMeeting, volunteer: signedInVolunteer(actor) } } },
      include: { minutes: { select: { id: true } }, assignments: { where: onMeeting, select: { volunteerId: true, volunteer: { select: { userId: true } } } }, circle: { select: { coreMemberId: true } } },
    })
    if (!meeting) throw notFound()
    if (meeting.endsAt > new Date()) throw invalid('_form', 'meetingNotOver')
    if (meeting.minutes) throw staleRefusal('minutesWritten')
    const rota = new Set(meeting.assignments.map((a) => a.volunteerId))
    if (presentVolunteerIds.some((id) => !rota.has(id))) throw invalid('presentVolunteerIds', 'notAtMeeting')
    const authorId = meeting.assignments.find((a) => a.volunteer.userId === actor.userId)!.volunteerId
    if (!presentVolunteerIds.includes(authorId)) throw invalid('presentVolunteerIds', 'presentMustIncludeYou')
    await tx.circleMinutes.create({ data: { meetingId, authorId, presentVolunteerIds: [...new Set(presentVolunteerIds)], ...minutes } })
    await recordAudit(tx, actor, { action: 'cosa.minutes.submit', subjectType: 'CircleMeeting', subjectId: meetingId, offenderId: meeting.circle.coreMemberId, detail: { late: Date.now() > minutesDueAt(meeting.endsAt).getTime() } })
    return { id: meetingId }
  })
}

/**
 * The coordinator cancels a coming meeting, or records that a past one did not take place (so its minutes are
 * not chased); a meeting with minutes took place and stays.
 */
export async function cancelCircleMeeting(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const { meetingId, reason } = ZCancelMeeting.parse(input)
  return prisma.$transaction(async (tx) => {
    // Held like the minutes it checks for: minutes sent in the same instant are read here, or wait and find it cancelled.
    await lockRow(tx, 'CircleMeeting', meetingId)
    const meeting = await tx.circleMeeting.findFirst({ where: { id: meetingId, status: 'SCHEDULED', circle: circleWorkable(actor) }, include: { minutes: { select: { id: true } }, circle: { select: { coreMemberId: true } } } })
    if (!meeting) throw notFound()
    if (meeting.minutes) throw invalid('_form', 'meetingHasMinutes')
    await tx.circleMeeting.update({ where: { id: meetingId }, data: { status: 'CANCELLED', cancelledReason: reason } })
    await recordAudit(tx, actor, { action: 'cosa.meeting.cancel', subjectType: 'CircleMeeting', subjectId: meetingId, offenderId: meeting.circle.coreMemberId })
    return { id: meetingId }
  })
}

/** Meetings of the provider's circles whose minutes are more than 48 hours late, for the coordinator's dashboard. */
export async function overdueMinutes(actor: Actor) {
  authorize(actor, 'cosa.manage')
  const rows = await prisma.circleMeeting.findMany({
    where: { ...heldWithoutMinutes(new Date(Date.now() - MINUTES_DUE_MS)), circle: { providerAgencyId: actor.agencyId }, assignments: { some: { response: 'CONFIRMED' } } },
    orderBy: { startsAt: 'asc' },
    take: 100,
    select: { id: true, startsAt: true, endsAt: true, circle: { select: { id: true, coreMember: coreMemberSelect(actor) } } },
  })
  return rows.map(({ circle, ...m }) => {
    const row = { ...m, dueAt: minutesDueAt(m.endsAt) }
    // A circle the coordinator may not see: when, and since when late; no meeting or circle id, no link (ADR 0023).
    return coreMemberLimited(actor, circle.coreMember) ? redactedOverdueMinutes(row) : { ...row, restricted: false as const, circleId: circle.id, coreMember: namedCoreMember(actor, circle.coreMember) }
  })
}
