import 'server-only'
import { z } from 'zod'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError, staleRefusal } from '../errors'
import { refuseExcludedAssignee, refuseUnlistedAssignee } from '../limited-access/excluded-staff'
import { authorize, type Actor } from '../policy'
import { meetingToChange, placeGone } from './rota'

/** A form-level refusal of `check`, said as a stale page's (its `_form` key kept); anything else as it came. */
async function asStale(check: Promise<void>): Promise<void> {
  try {
    await check
  } catch (e) {
    const key = e instanceof AppError ? e.fieldErrors?._form?.[0] : undefined
    throw key ? staleRefusal(key) : e
  }
}

export const ZConfirmPlace = z.object({ meetingId: z.uuid(), assignmentId: z.uuid() })

/**
 * The coordinator records that a volunteer confirmed their place on a coming meeting, as the volunteer told them (by
 * phone or in person): a volunteer without a Llwybr account could never answer, and their place stayed "please
 * confirm" for ever (walk 67 F3). A decline said to the coordinator is a take-off with its reason (unassignVolunteer).
 * Audited as the coordinator's (`cosa.rota.confirm`). Input: { meetingId, assignmentId }. Output: { id: meetingId }.
 * Errors: NOT_FOUND for a meeting the coordinator may not change or a place not of it; stale `_form`
 * meetingStarted / alreadyTakenOff / placeAlreadyConfirmed / volunteerAlreadyDeclined (their own answer);
 * `_form` volunteerMayNoLongerServe for an account the person's lists keep out (accessExcludedAssignee, naming the
 * exclusion, to a coordinator who manages the person's lists).
 */
export async function confirmPlaceForVolunteer(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const { meetingId, assignmentId } = ZConfirmPlace.parse(input)
  return prisma.$transaction(async (tx) => {
    // One after the other with the volunteer's own answer and a take-off (portal.ts, rota.ts).
    const meeting = await meetingToChange(tx, actor, meetingId)
    const place = await tx.circleAssignment.findFirst({ where: { id: assignmentId, meetingId }, select: { response: true, volunteerId: true, volunteer: { select: { userId: true } } } })
    if (!place) throw await placeGone(tx, meetingId, assignmentId)
    // Their own answer, said as a stale page's refusal: a declined place has no confirm form (break 68 F1).
    if (place.response === 'DECLINED') throw staleRefusal('volunteerAlreadyDeclined')
    if (place.response === 'CONFIRMED') throw staleRefusal('placeAlreadyConfirmed')
    // A place the person's lists now keep out does not count (kept-out.ts): it is not confirmed either. Said of the
    // place, for the form has no list to choose from (review 67b K1: it read "Choose someone from the list"), and as a
    // stale page's refusal: such a place has no confirm form, so without the script its form is gone (review 68 B1).
    await asStale(refuseExcludedAssignee(tx, actor, meeting.circle.coreMemberId, place.volunteer.userId, '_form', 'volunteerMayNoLongerServe'))
    await asStale(refuseUnlistedAssignee(tx, meeting.circle.coreMemberId, place.volunteer.userId, '_form', 'volunteerMayNoLongerServe'))
    await tx.circleAssignment.update({ where: { id: assignmentId }, data: { response: 'CONFIRMED' } })
    await recordAudit(tx, actor, { action: 'cosa.rota.confirm', subjectType: 'CircleMeeting', subjectId: meetingId, offenderId: meeting.circle.coreMemberId, detail: { assignmentId, volunteerId: place.volunteerId } })
    return { id: meetingId }
  })
}
