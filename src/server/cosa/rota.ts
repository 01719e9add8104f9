import 'server-only'
import { barsFromMeeting } from './release-places'
import { addDays } from 'date-fns'
import { londonToday, todayInLondon } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { oneOpenAtATime } from '../one-open'
import { lockRow } from '../row-lock'
import { restrictedMeetingIds, sealedConflict } from './restricted-conflicts'
import { AppError, invalid, notFound, staleRefusal } from '../errors'
import { authorize, circleWorkable, type Actor } from '../policy'
import { refuseExcludedAssignee, refuseUnlistedAssignee } from '../limited-access/excluded-staff'
import { loadRotaInputs } from './rota-inputs'
import { meetingsFromPattern } from './rota-pattern'
import { meetingStatuses, meetsOn } from './circle-dates'
import { refuseUnlessCircle } from './circle-status'
import { proposeRota } from './rota-propose'
import { checkRota, type Conflict } from './rota-rules'
import { ZAssignVolunteer, ZGenerateRota, ZUnassignVolunteer } from './rota.schemas'

const WEEK = 7
/** Each rule's sentence in the validation catalogue, so the coordinator reads why, not a code. */
const ruleKey = (c: Conflict) => `conflict_${c.rule}`

/**
 * Generates the next weeks of meetings for the chosen active circles from their patterns, then staffs them with a
 * conflict-free proposal (regulars first, load spread fairly) on top of what is already assigned. Meetings that
 * cannot be staffed to two are left short and reported, never filled with someone who breaks a rule.
 * Output: `{ meetings` made, `assignments` added, `short` meetings, `nothingMade`: null, or why no meeting was made
 * (`noneInWindow`: the patterns give none in the weeks chosen; `allOnRota`: each is on the rota already) `}`.
 */
export async function generateRota(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const { circleIds, weeks } = ZGenerateRota.parse(input)
  const from = londonToday()
  const to = addDays(from, weeks * WEEK + 1)
  return prisma.$transaction(async (tx) => {
    // Each circle held (in id order, before its volunteers) and its status read after: a rota made beside "begin
    // the ending" or "close" scheduled meetings the ending had just cancelled (break test of issue 16, D1's sibling).
    for (const id of [...new Set(circleIds)].sort()) await lockRow(tx, 'Circle', id)
    // An ending circle still meets up to its ending date (re-walk D11 of issue 16), so it is generated too.
    const circles = await tx.circle.findMany({ where: { id: { in: circleIds }, ...circleWorkable(actor), status: { in: [...meetingStatuses] }, weekday: { not: null }, startTime: { not: null }, startDate: { not: null } } })
    if (circles.length !== new Set(circleIds).size) {
      // A circle closed (or withdrawn) since the rota page was drawn is a stale page, answered with the reload as
      // every other step on it is (refuseUnlessCircle; break test 25, D4). Anything else is not ready for the rota.
      for (const c of await tx.circle.findMany({ where: { id: { in: circleIds }, ...circleWorkable(actor) }, select: { status: true } })) refuseUnlessCircle(c.status, meetingStatuses)
      throw invalid('circleIds', 'circleNotReady')
    }
    const now = Date.now()
    const generated = circles.flatMap((c) =>
      meetingsFromPattern({
        circleId: c.id,
        coreMemberId: c.coreMemberId,
        // From today, or the day the current pattern applies from if that is later (cosa17 item 1).
        firstDate: (c.patternFrom ?? c.startDate!) > londonToday() ? (c.patternFrom ?? c.startDate!).toISOString().slice(0, 10) : todayInLondon(),
        weekday: c.weekday!,
        startTime: c.startTime!,
        minutes: c.minutes,
        everyWeeks: c.everyWeeks,
        count: Math.ceil(weeks / c.everyWeeks) + 1,
      })
        // Inside the window the rota staffs, after now, and not beyond the circle's planned end or its ending date
        // (the ending day itself still meets, as cancelMeetingsAfterEnding keeps it).
        .filter((m) => Date.parse(m.startsAt) > now && Date.parse(m.startsAt) < to.getTime() && meetsOn(c, m.startsAt.slice(0, 10))),
    )
    // Every volunteer the proposal may book, held in one order (by id) so it runs after, not beside, a coordinator
    // booking one of them by hand elsewhere (double booking crosses circles, cosa17 item 4).
    await lockVolunteers(tx, await tx.circleMember.findMany({ where: { circleId: { in: circleIds }, leftOn: null }, select: { volunteerId: true } }).then((ms) => ms.map((m) => m.volunteerId)))
    // A slot is taken only by a live meeting; a cancelled one leaves it free to be used again (fix16a item 1). The
    // partial unique index "CircleMeeting_one_live_per_slot" settles a race with a second generation.
    const taken = new Set((await tx.circleMeeting.findMany({ where: { circleId: { in: circleIds }, status: 'SCHEDULED', startsAt: { in: generated.map((m) => new Date(m.startsAt)) } }, select: { circleId: true, startsAt: true } }))
      .map((m) => `${m.circleId}:${m.startsAt.getTime()}`))
    const fresh = generated.filter((m) => !taken.has(`${m.circleId}:${Date.parse(m.startsAt)}`))
    const created = await tx.circleMeeting.createMany({ data: fresh.map((m) => ({ circleId: m.circleId, startsAt: new Date(m.startsAt), endsAt: new Date(m.endsAt) })), skipDuplicates: true })
    const inputs = await loadRotaInputs(tx, actor.agencyId, from, to)
    // Members of the chosen circles only: other circles' meetings stay as their coordinator left them.
    const chosen = new Set(circleIds)
    const proposal = proposeRota({ meetings: inputs.meetings, volunteers: inputs.volunteers, members: inputs.members.filter((m) => chosen.has(m.circleId)), existing: inputs.assignments, excluded: inputs.excluded })
    // Anyone already on the meeting, including someone who declined it, is not put on it again.
    const onRota = new Set(inputs.meetingRows.flatMap((m) => m.assignments.map((a) => `${m.id}:${a.volunteerId}`)))
    const added = proposal.assignments.filter((a) => !onRota.has(`${a.meetingId}:${a.volunteerId}`))
    await tx.circleAssignment.createMany({ data: added.map((a) => ({ ...a, assignedById: actor.userId })) })
    const circleOf = new Map(inputs.meetings.map((m) => [m.id, m.circleId]))
    const short = proposal.conflicts.filter((c) => c.rule === 'TOO_FEW_VOLUNTEERS' && chosen.has(circleOf.get(c.meetingId)!)).length
    for (const c of circles) await recordAudit(tx, actor, { action: 'cosa.rota.generate', subjectType: 'Circle', subjectId: c.id, offenderId: c.coreMemberId, detail: { weeks } })
    // Nothing made says why: the patterns give no meeting in the weeks chosen, or each one is on the rota already.
    const nothingMade = created.count ? null : generated.length ? 'allOnRota' as const : 'noneInWindow' as const
    return { id: actor.agencyId, meetings: created.count, assignments: added.length, short, nothingMade }
  })
}

/** The meeting's circle, of the coordinator's provider, still to come; read through `db` (a transaction holding it). */
export async function upcomingMeeting(actor: Actor, meetingId: string, db: Tx | typeof prisma = prisma) {
  const meeting = await db.circleMeeting.findFirst({ where: { id: meetingId, status: 'SCHEDULED', circle: circleWorkable(actor) }, include: { circle: { select: { coreMemberId: true } } } })
  if (!meeting) throw notFound()
  return meeting
}

/** Whether a meeting has started: from its start (an instant, so London time) its rota is a record, not a plan. */
export const hasStarted = (meeting: { startsAt: Date }) => meeting.startsAt.getTime() <= Date.now()

/**
 * upcomingMeeting() for a rota write (assign, take off, confirm), held for the rest of the transaction and read after
 * the hold, so a cancel or a start committed meanwhile is seen (review 67b B1: read before the hold, a place could be
 * confirmed on a meeting just cancelled). Refused with a form message once the meeting has started (COSA break test
 * item 1: a meeting 8 days ago still took assignments). Input: the transaction, the actor, the meeting id. Output: the
 * meeting with its circle's core member. Errors: NOT_FOUND (not the coordinator's, or no longer scheduled); stale
 * `_form` meetingStarted.
 */
export async function meetingToChange(tx: Tx, actor: Actor, meetingId: string) {
  // Never held for a coordinator it is not for: another provider's busy meeting would answer later than a missing one
  // (review 68 S1).
  if (!(await tx.circleMeeting.count({ where: { id: meetingId, circle: circleWorkable(actor) } }))) throw notFound()
  await lockRow(tx, 'CircleMeeting', meetingId)
  const meeting = await upcomingMeeting(actor, meetingId, tx)
  if (hasStarted(meeting)) throw staleRefusal('meetingStarted')
  return meeting
}

/**
 * Holds each volunteer row, in id order so two callers never wait on each other in a circle. Input: volunteer ids
 * (repeats allowed). Output: none. Rule: a booking is checked against the volunteer's other bookings under this lock.
 */
async function lockVolunteers(tx: Tx, volunteerIds: string[]) {
  for (const id of [...new Set(volunteerIds)].sort()) await lockRow(tx, 'CosaVolunteer', id)
}

/**
 * Why a volunteer outside the circle cannot cover its meeting, as a validation key (fix16a item 6: an unvetted one
 * was told "only a member of this circle", though vetted volunteers of the wider pool may cover). Input: their stage,
 * or undefined when they are not one of the provider's volunteers. Rule: issue 16 item 10, vettedStages.
 */
function notCoverKey(stage: string | undefined): string {
  if (stage === 'PAUSED' || stage === 'LEFT') return 'volunteerNotServing'
  return stage ? 'volunteerNotVetted' : 'chooseOption'
}

/**
 * Why a place of this meeting is not there: taken off meanwhile (the take-off deletes it; its audit keeps the id), a
 * stale `alreadyTakenOff`; else NOT_FOUND, as every foreign id is answered (break test 22, D3). Output: the error.
 */
export async function placeGone(tx: Tx, meetingId: string, assignmentId: string): Promise<AppError> {
  const takenOff = await tx.auditEvent.count({ where: { action: 'cosa.rota.unassign', subjectId: meetingId, detail: { path: ['assignmentId'], equals: assignmentId } } })
  return takenOff ? staleRefusal('alreadyTakenOff') : notFound()
}

/** A day either side covers any meeting the new one could overlap. */
export const windowAround = (d: Date) => [addDays(d, -1), addDays(d, 2)] as const

/**
 * Puts a volunteer of the circle on a meeting. Hard rules (DBS or training, non-association, double booking)
 * refuse it; soft rules (availability, leave, circle limit) need the coordinator's reason to override.
 */
export async function assignVolunteer(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const { meetingId, volunteerId, overrideReason } = ZAssignVolunteer.parse(input)
  return prisma.$transaction(async (tx) => {
    // Simultaneous assigns of one volunteer all passed the count and lost to the unique index as "Something went
    // wrong" (COSA break test item 2): holding the meeting runs them one after the other.
    const meeting = await meetingToChange(tx, actor, meetingId)
    // Then the volunteer (always meeting first, then volunteer): two coordinators booking one volunteer into two
    // circles' meetings at the same hour each held only their own meeting and both passed the double-booking check
    // (cosa17 item 4); the second now reads the first's booking and is refused.
    await lockRow(tx, 'CosaVolunteer', volunteerId)
    // A place declined stays on the list as the volunteer's answer: told as the decline it is (break 45 F3), not "already recorded".
    const place = await tx.circleAssignment.findFirst({ where: { meetingId, volunteerId }, select: { response: true } })
    if (place) throw invalid('volunteerId', place.response === 'DECLINED' ? 'declinedMeeting' : 'alreadyRecorded')
    // Taken off or declined: they will not be there, so they are never put back on it (issue 16 item 10), told as
    // which it was (walk 46: one message said "taken off or declined").
    const dropout = await tx.circleMeetingDropout.findFirst({ where: { meetingId, volunteerId, ...barsFromMeeting }, orderBy: { recordedAt: 'desc' }, select: { kind: true } })
    if (dropout) throw invalid('volunteerId', dropout.kind === 'DECLINED' ? 'declinedMeeting' : 'takenOffMeeting')
    const inputs = await loadRotaInputs(tx, actor.agencyId, ...windowAround(meeting.startsAt))
    // A volunteer whose Llwybr account is excluded from the core member is never put on their meeting (sec19b).
    const account = await tx.cosaVolunteer.findFirst({ where: { id: volunteerId, agencyId: actor.agencyId }, select: { userId: true } })
    await refuseExcludedAssignee(tx, actor, meeting.circle.coreMemberId, account?.userId, 'volunteerId')
    // Nor one a restriction list on the person leaves out: they could not see the meeting (break 28 D6).
    await refuseUnlistedAssignee(tx, meeting.circle.coreMemberId, account?.userId, 'volunteerId')
    // A member of the circle, or a vetted volunteer of the wider pool covering it (issue 16 item 10).
    // Taken out of this circle and not added back: barred from all its meetings, not only those they had a place on (walk 23, D1).
    if (inputs.leftCircle.some((a) => a.meetingId === meetingId && a.volunteerId === volunteerId)) throw invalid('volunteerId', 'leftThisCircle')
    const isMember = inputs.members.some((m) => m.circleId === meeting.circleId && m.volunteerId === volunteerId)
    if (!isMember && !inputs.pool.includes(volunteerId)) throw invalid('volunteerId', notCoverKey((await tx.cosaVolunteer.findFirst({ where: { id: volunteerId, agencyId: actor.agencyId }, select: { stage: true } }))?.stage))
    const conflicts = checkRota(inputs.meetings, inputs.volunteers, [...inputs.assignments, { meetingId, volunteerId }]).filter((c) => c.volunteerId === volunteerId && c.meetingId === meetingId)
    const hard = conflicts.filter((c) => c.severity === 'hard')
    // A refusal's details name no meeting of a circle the coordinator may not see (h17c item 2, ADR 0023).
    const sealed = async (cs: typeof conflicts) => { const hidden = await restrictedMeetingIds(actor, inputs.meetingRows); return cs.map((c) => sealedConflict(c, hidden)) }
    if (hard.length) throw new AppError('VALIDATION', 'VALIDATION', { volunteerId: ['rotaHardConflict', ...hard.map(ruleKey)] }, { conflicts: await sealed(hard) })
    if (conflicts.length && !overrideReason) throw new AppError('VALIDATION', 'VALIDATION', { overrideReason: ['overrideNeeded', ...conflicts.map(ruleKey)] }, { conflicts: await sealed(conflicts) })
    // Generating the rota takes no meeting lock, so the index can still refuse: the same message as the count.
    await oneOpenAtATime(['meetingId', 'volunteerId'], () => invalid('volunteerId', 'alreadyRecorded'), () =>
      tx.circleAssignment.create({ data: { meetingId, volunteerId, assignedById: actor.userId, overrideReason: conflicts.length ? overrideReason : null } }))
    await recordAudit(tx, actor, { action: 'cosa.rota.assign', subjectType: 'CircleMeeting', subjectId: meetingId, offenderId: meeting.circle.coreMemberId, reason: conflicts.length ? overrideReason : null, detail: { volunteerId, overridden: conflicts.map((c) => c.rule) } })
    return { id: meetingId }
  })
}

/**
 * Takes a volunteer off a meeting (they dropped out), with the coordinator's reason, which is kept, shown on the
 * meeting and audited; they are then never suggested as cover for it (issue 16 item 10). Asked first, as removal
 * from the circle is (walk 20, D12). Input: { meetingId, assignmentId, reason (1–500 characters), confirm }. Output:
 * { id, volunteerId }. Errors: zod `reasonRequired` / `tooLong`; `_form` alreadyTakenOff (a place of this meeting taken
 * off before), stale volunteerAlreadyDeclined; NOT_FOUND for an assignment id not of this meeting;
 * VALIDATION `confirm: takeOffConfirm` with `details.takeOff` ({ name }: their first name) until confirmed.
 */
export async function unassignVolunteer(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const { meetingId, assignmentId, reason, confirm } = ZUnassignVolunteer.parse(input)
  return prisma.$transaction(async (tx) => {
    const meeting = await meetingToChange(tx, actor, meetingId) // one after the other with the volunteer's own decline (break test item 1)
    const assignment = await tx.circleAssignment.findFirst({ where: { id: assignmentId, meetingId } })
    // Only a place this meeting really had and lost to a take-off is "already taken off"; an id of another meeting or
    // none at all is not found, as every foreign id is answered (break test 22, D3: it said "already taken off").
    if (!assignment) throw await placeGone(tx, meetingId, assignmentId)
    // Declined already: their decline, with its reason, is the record; a removal on top would count them out twice.
    // Said of them, to the coordinator, as a stale page's refusal: a declined place has no take-off form, so only a page
    // drawn before the decline sends one, and without the script its form is gone (break 68 F1).
    if (assignment.response === 'DECLINED') throw staleRefusal('volunteerAlreadyDeclined')
    if (!confirm) {
      const { firstName: name } = await tx.cosaVolunteer.findUniqueOrThrow({ where: { id: assignment.volunteerId }, select: { firstName: true } })
      throw new AppError('VALIDATION', 'VALIDATION', { confirm: ['takeOffConfirm'] }, { takeOff: { name } })
    }
    await tx.circleAssignment.delete({ where: { id: assignmentId } })
    await tx.circleMeetingDropout.create({ data: { meetingId, volunteerId: assignment.volunteerId, kind: 'REMOVED', reason, recordedById: actor.userId } })
    await recordAudit(tx, actor, { action: 'cosa.rota.unassign', subjectType: 'CircleMeeting', subjectId: meetingId, offenderId: meeting.circle.coreMemberId, reason, detail: { assignmentId, volunteerId: assignment.volunteerId } })
    return { id: meetingId, volunteerId: assignment.volunteerId }
  })
}
