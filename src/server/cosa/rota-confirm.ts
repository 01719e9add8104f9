import 'server-only'
import { z } from 'zod'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { invalid, staleRefusal } from '../errors'
import { refuseExcludedAssignee, refuseUnlistedAssignee } from '../limited-access/excluded-staff'
import { authorize, type Actor } from '../policy'
import { lockRow } from '../row-lock'
import { meetingToChange, placeGone } from './rota'

export const ZConfirmPlace = z.object({ meetingId: z.uuid(), assignmentId: z.uuid() })

/**
 * The coordinator records that a volunteer confirmed their place on a coming meeting, as the volunteer told them (by
 * phone or in person): a volunteer without a Llwybr account could never answer, and their place stayed "please
 * confirm" for ever (walk 67 F3). A decline said to the coordinator is a take-off with its reason (unassignVolunteer).
 * Audited as the coordinator's (`cosa.rota.confirm`). Input: { meetingId, assignmentId }. Output: { id: meetingId }.
 * Errors: NOT_FOUND for a meeting the coordinator may not change or a place not of it; stale `_form`
 * meetingStarted / alreadyTakenOff / placeAlreadyConfirmed; `_form` volunteerAlreadyDeclined (their own answer);
 * `volunteerId` accessExcludedAssignee / assigneeNotOffered for an account the person's lists keep out.
 */
export async function confirmPlaceForVolunteer(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const { meetingId, assignmentId } = ZConfirmPlace.parse(input)
  const meeting = await meetingToChange(actor, meetingId)
  return prisma.$transaction(async (tx) => {
    // One after the other with the volunteer's own answer and a take-off (portal.ts, rota.ts).
    await lockRow(tx, 'CircleMeeting', meetingId)
    const place = await tx.circleAssignment.findFirst({ where: { id: assignmentId, meetingId }, select: { response: true, volunteerId: true, volunteer: { select: { userId: true } } } })
    if (!place) throw await placeGone(tx, meetingId, assignmentId)
    if (place.response === 'DECLINED') throw invalid('_form', 'volunteerAlreadyDeclined')
    if (place.response === 'CONFIRMED') throw staleRefusal('placeAlreadyConfirmed')
    // A place the person's lists now keep out does not count (kept-out.ts): it is not confirmed either.
    await refuseExcludedAssignee(tx, actor, meeting.circle.coreMemberId, place.volunteer.userId, 'volunteerId')
    await refuseUnlistedAssignee(tx, meeting.circle.coreMemberId, place.volunteer.userId, 'volunteerId')
    await tx.circleAssignment.update({ where: { id: assignmentId }, data: { response: 'CONFIRMED' } })
    await recordAudit(tx, actor, { action: 'cosa.rota.confirm', subjectType: 'CircleMeeting', subjectId: meetingId, offenderId: meeting.circle.coreMemberId, detail: { assignmentId, volunteerId: place.volunteerId } })
    return { id: meetingId }
  })
}
