import 'server-only'
import { londonToday } from '../../lib/dates'
import { z } from 'zod'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { invalid, notFound } from '../errors'
import { blank, trimmedText } from '../zod-fields'
import { lockRow } from '../row-lock'
import { authorize, signedInVolunteer, volunteerCircleHidden, volunteerCircleVisible, type Actor } from '../policy'

/** A decline needs the volunteer's reason (issue 16 item 10): the coordinator sees it and it is audited. */
export const ZRespond = z
  .object({ assignmentId: z.uuid(), response: z.enum(['CONFIRMED', 'DECLINED'], 'chooseOption'), reason: z.preprocess(blank, trimmedText().max(500).optional()) })
  .refine((r) => r.response !== 'DECLINED' || r.reason, { path: ['reason'], message: 'reasonRequired' })

/** The volunteer record behind a signed-in volunteer; none (or one who has left) sees nothing. */
async function volunteerOf(actor: Actor) {
  authorize(actor, 'cosa.portal')
  const volunteer = await prisma.cosaVolunteer.findFirst({ where: signedInVolunteer(actor), select: { id: true, firstName: true } })
  if (!volunteer) throw notFound()
  return volunteer
}

/**
 * The volunteer's own coming circle meetings: date, time, venue and the core member's first name — nothing else
 * of the record, no other circle, no other volunteer (domain.md: what a COSA volunteer sees).
 */
export async function myCircleMeetings(actor: Actor) {
  const volunteer = await volunteerOf(actor)
  const rows = await prisma.circleAssignment.findMany({
    where: { volunteerId: volunteer.id, meeting: { status: 'SCHEDULED', endsAt: { gte: new Date() }, circle: volunteerCircleVisible(actor) } },
    orderBy: { meeting: { startsAt: 'asc' } },
    take: 50,
    select: { id: true, response: true, meeting: { select: { startsAt: true, endsAt: true, venue: true, circle: { select: { venue: true, coreMember: { select: { firstName: true } } } }, dropouts: { where: { volunteerId: volunteer.id, kind: 'DECLINED' }, select: { reason: true }, take: 1 } } } },
  })
  await recordAudit(prisma, actor, { action: 'cosa.portal.meetings', subjectType: 'CosaVolunteer', subjectId: volunteer.id, detail: { count: rows.length } })
  // `started`: its rota is a record now, so the page offers no confirm or decline (COSA break test item 1).
  // `declineReason`: the reason they gave, shown on the card as their confirmation (issue 16 gap 5).
  return rows.map((r) => ({ id: r.id, response: r.response, started: r.meeting.startsAt.getTime() <= Date.now(), startsAt: r.meeting.startsAt, endsAt: r.meeting.endsAt, venue: r.meeting.venue ?? r.meeting.circle.venue, coreMemberFirstName: r.meeting.circle.coreMember.firstName, declineReason: r.meeting.dropouts[0]?.reason ?? null }))
}

/**
 * How many circles the volunteer serves in (a current member, or with a coming place) whose core member their account
 * may no longer see: the portal says "a circle you serve in is restricted: ask your coordinator" so that meetings do
 * not vanish silently, and gives nothing else of it — no name, venue, date or id (break 28 D6, ADR 0023). A count of
 * circles they already know they serve in tells them nothing new. Output: a number, 0 for none.
 */
export async function myRestrictedCircles(actor: Actor): Promise<number> {
  const volunteer = await volunteerOf(actor)
  const now = new Date()
  return prisma.circle.count({
    where: {
      AND: [
        volunteerCircleHidden(actor),
        { OR: [{ status: { in: ['FORMING', 'ACTIVE', 'ENDING'] }, members: { some: { volunteerId: volunteer.id, leftOn: null } } }, { meetings: { some: { status: 'SCHEDULED', endsAt: { gte: now }, assignments: { some: { volunteerId: volunteer.id } } } } }] },
      ],
    },
  })
}

/** The volunteer confirms or declines a meeting they are on; a decline shows on the coordinator's rota as a gap. */
export async function respondToAssignment(actor: Actor, input: unknown) {
  const volunteer = await volunteerOf(actor)
  const { assignmentId, response, reason: reasonGiven } = ZRespond.parse(input)
  return prisma.$transaction(async (tx) => {
    const mine = { id: assignmentId, volunteerId: volunteer.id, meeting: { status: 'SCHEDULED' as const, circle: volunteerCircleVisible(actor) } }
    const found = await tx.circleAssignment.findFirst({ where: mine, select: { meetingId: true } })
    if (!found) throw notFound()
    // Four simultaneous declines each saw it pending and recorded four dropouts (COSA break test item 1): holding
    // the meeting runs responses and the coordinator's changes one after the other, and the read below sees theirs.
    await lockRow(tx, 'CircleMeeting', found.meetingId)
    const assignment = await tx.circleAssignment.findFirst({ where: mine, include: { meeting: { select: { startsAt: true } } } })
    // Spoken to the volunteer: the coordinator took them off first (break test of issue 16, D9).
    if (!assignment) throw invalid('_form', 'youWereTakenOff')
    // Once the meeting has started its rota is a record; a decline is final, so the records never contradict
    // themselves ("Confirmed" beside "declined… Reason"): the coordinator re-assigns if wanted (COSA break test items 1, 3).
    if (assignment.meeting.startsAt.getTime() <= Date.now()) throw invalid('_form', 'meetingStarted')
    if (assignment.response === response) throw invalid('response', response === 'DECLINED' ? 'alreadyDeclined' : 'sameResponse')
    if (assignment.response === 'DECLINED') throw invalid('response', 'declinedCannotConfirm')
    await tx.circleAssignment.update({ where: { id: assignmentId }, data: { response } })
    const reason = response === 'DECLINED' ? reasonGiven! : null
    if (reason) await tx.circleMeetingDropout.create({ data: { meetingId: assignment.meetingId, volunteerId: volunteer.id, kind: 'DECLINED', reason, recordedById: actor.userId } })
    await recordAudit(tx, actor, { action: 'cosa.portal.respond', subjectType: 'CircleMeeting', subjectId: assignment.meetingId, reason, detail: { response } })
    return { id: assignmentId }
  })
}

/** The volunteer's own weekly availability and coming leave, which they keep up to date themselves. */
export async function myAvailability(actor: Actor) {
  const volunteer = await volunteerOf(actor)
  return prisma.cosaVolunteer.findUniqueOrThrow({
    where: { id: volunteer.id },
    select: {
      id: true,
      availability: { orderBy: [{ weekday: 'asc' }, { fromTime: 'asc' }] },
      leave: { where: { toDate: { gte: londonToday() } }, orderBy: { fromDate: 'asc' } },
    },
  })
}
