import 'server-only'
import { addDays } from 'date-fns'
import { londonToday, todayInLondon } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError, invalid, notFound } from '../errors'
import { authorize, type Actor } from '../policy'
import { loadRotaInputs } from './rota-inputs'
import { meetingsFromPattern, proposeRota, suggestCover } from './rota-propose'
import { checkRota, type Conflict } from './rota-rules'
import { ZAssignVolunteer, ZGenerateRota, ZUnassignVolunteer } from './rota.schemas'

const WEEK = 7
/** Each rule's sentence in the validation catalogue, so the coordinator reads why, not a code. */
const ruleKey = (c: Conflict) => `conflict_${c.rule}`

/**
 * Generates the next weeks of meetings for the chosen active circles from their patterns, then staffs them with a
 * conflict-free proposal (regulars first, load spread fairly) on top of what is already assigned. Meetings that
 * cannot be staffed to two are left short and reported, never filled with someone who breaks a rule.
 */
export async function generateRota(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const { circleIds, weeks } = ZGenerateRota.parse(input)
  const from = londonToday()
  const to = addDays(from, weeks * WEEK + 1)
  return prisma.$transaction(async (tx) => {
    const circles = await tx.circle.findMany({ where: { id: { in: circleIds }, providerAgencyId: actor.agencyId, status: 'ACTIVE', weekday: { not: null }, startTime: { not: null }, startDate: { not: null } } })
    if (circles.length !== new Set(circleIds).size) throw invalid('circleIds', 'circleNotReady')
    const now = Date.now()
    const generated = circles.flatMap((c) =>
      meetingsFromPattern({
        circleId: c.id,
        coreMemberId: c.coreMemberId,
        // From today, or the circle's start date if that is later.
        firstDate: c.startDate! > londonToday() ? c.startDate!.toISOString().slice(0, 10) : todayInLondon(),
        weekday: c.weekday!,
        startTime: c.startTime!,
        minutes: c.minutes,
        everyWeeks: c.everyWeeks,
        count: Math.ceil(weeks / c.everyWeeks) + 1,
      })
        // Inside the window the rota staffs, after now, and not beyond the circle's planned end.
        .filter((m) => Date.parse(m.startsAt) > now && Date.parse(m.startsAt) < to.getTime() && (!c.plannedEndDate || m.startsAt.slice(0, 10) <= c.plannedEndDate.toISOString().slice(0, 10))),
    )
    const created = await tx.circleMeeting.createMany({ data: generated.map((m) => ({ circleId: m.circleId, startsAt: new Date(m.startsAt), endsAt: new Date(m.endsAt) })), skipDuplicates: true })
    const inputs = await loadRotaInputs(tx, actor.agencyId, from, to)
    // Members of the chosen circles only: other circles' meetings stay as their coordinator left them.
    const chosen = new Set(circleIds)
    const proposal = proposeRota({ meetings: inputs.meetings, volunteers: inputs.volunteers, members: inputs.members.filter((m) => chosen.has(m.circleId)), existing: inputs.assignments })
    // Anyone already on the meeting, including someone who declined it, is not put on it again.
    const onRota = new Set(inputs.meetingRows.flatMap((m) => m.assignments.map((a) => `${m.id}:${a.volunteerId}`)))
    const added = proposal.assignments.filter((a) => !onRota.has(`${a.meetingId}:${a.volunteerId}`))
    await tx.circleAssignment.createMany({ data: added.map((a) => ({ ...a, assignedById: actor.userId })) })
    const circleOf = new Map(inputs.meetings.map((m) => [m.id, m.circleId]))
    const short = proposal.conflicts.filter((c) => c.rule === 'TOO_FEW_VOLUNTEERS' && chosen.has(circleOf.get(c.meetingId)!)).length
    for (const c of circles) await recordAudit(tx, actor, { action: 'cosa.rota.generate', subjectType: 'Circle', subjectId: c.id, offenderId: c.coreMemberId, detail: { weeks } })
    return { id: actor.agencyId, meetings: created.count, assignments: added.length, short }
  })
}

/** The meeting's circle, of the coordinator's provider, still to come. */
async function upcomingMeeting(actor: Actor, meetingId: string) {
  const meeting = await prisma.circleMeeting.findFirst({ where: { id: meetingId, status: 'SCHEDULED', circle: { providerAgencyId: actor.agencyId } }, include: { circle: { select: { coreMemberId: true } } } })
  if (!meeting) throw notFound()
  return meeting
}

/** A day either side covers any meeting the new one could overlap. */
const windowAround = (d: Date) => [addDays(d, -1), addDays(d, 2)] as const

/**
 * Puts a volunteer of the circle on a meeting. Hard rules (DBS or training, non-association, double booking)
 * refuse it; soft rules (availability, leave, circle limit) need the coordinator's reason to override.
 */
export async function assignVolunteer(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const { meetingId, volunteerId, overrideReason } = ZAssignVolunteer.parse(input)
  const meeting = await upcomingMeeting(actor, meetingId)
  return prisma.$transaction(async (tx) => {
    if (!(await tx.circleMember.count({ where: { circleId: meeting.circleId, volunteerId, leftOn: null } }))) throw invalid('volunteerId', 'notInCircle')
    if (await tx.circleAssignment.count({ where: { meetingId, volunteerId } })) throw invalid('volunteerId', 'alreadyRecorded')
    const inputs = await loadRotaInputs(tx, actor.agencyId, ...windowAround(meeting.startsAt))
    const conflicts = checkRota(inputs.meetings, inputs.volunteers, [...inputs.assignments, { meetingId, volunteerId }]).filter((c) => c.volunteerId === volunteerId && c.meetingId === meetingId)
    const hard = conflicts.filter((c) => c.severity === 'hard')
    if (hard.length) throw new AppError('VALIDATION', 'VALIDATION', { volunteerId: ['rotaHardConflict', ...hard.map(ruleKey)] }, { conflicts: hard })
    if (conflicts.length && !overrideReason) throw new AppError('VALIDATION', 'VALIDATION', { overrideReason: ['overrideNeeded', ...conflicts.map(ruleKey)] }, { conflicts })
    await tx.circleAssignment.create({ data: { meetingId, volunteerId, assignedById: actor.userId, overrideReason: conflicts.length ? overrideReason : null } })
    await recordAudit(tx, actor, { action: 'cosa.rota.assign', subjectType: 'CircleMeeting', subjectId: meetingId, offenderId: meeting.circle.coreMemberId, reason: conflicts.length ? overrideReason : null, detail: { volunteerId, overridden: conflicts.map((c) => c.rule) } })
    return { id: meetingId }
  })
}

/** Takes a volunteer off a meeting (they dropped out); the meeting page then suggests cover. */
export async function unassignVolunteer(actor: Actor, input: unknown) {
  authorize(actor, 'cosa.manage')
  const { meetingId, assignmentId } = ZUnassignVolunteer.parse(input)
  const meeting = await upcomingMeeting(actor, meetingId)
  return prisma.$transaction(async (tx) => {
    const removed = await tx.circleAssignment.deleteMany({ where: { id: assignmentId, meetingId } })
    if (!removed.count) throw notFound()
    await recordAudit(tx, actor, { action: 'cosa.rota.unassign', subjectType: 'CircleMeeting', subjectId: meetingId, offenderId: meeting.circle.coreMemberId, detail: { assignmentId } })
    return { id: meetingId }
  })
}

export type RotaConflict = Conflict

/** The provider's rota for the coming weeks: each meeting, who is on it, and every conflict explained. */
export async function getRota(actor: Actor, weeks = 12) {
  authorize(actor, 'cosa.manage')
  const from = londonToday()
  const inputs = await loadRotaInputs(prisma, actor.agencyId, from, addDays(from, weeks * WEEK + 1))
  const conflicts = checkRota(inputs.meetings, inputs.volunteers, inputs.assignments)
  const names = new Map(inputs.volunteers.map((v) => [v.id, v.firstName]))
  const circles = await prisma.circle.findMany({ where: { providerAgencyId: actor.agencyId, status: 'ACTIVE' }, select: { id: true, coreMember: { select: { firstName: true, lastName: true, crn: true } } } })
  await recordAudit(prisma, actor, { action: 'cosa.rota.view', subjectType: 'Agency', subjectId: actor.agencyId, detail: { weeks } })
  return {
    circles,
    meetings: inputs.meetingRows.map((m) => ({
      id: m.id,
      circleId: m.circleId,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      volunteers: m.assignments.map((a) => ({ assignmentId: a.id, volunteerId: a.volunteerId, response: a.response, firstName: names.get(a.volunteerId) ?? '' })),
      conflicts: conflicts.filter((c) => c.meetingId === m.id).map((c) => ({ ...c, volunteerName: c.volunteerId ? names.get(c.volunteerId) ?? '' : '' })),
    })),
  }
}

/** One meeting for the coordinator: its volunteers and, for a gap, the circle's members who could cover it. */
export async function getRotaMeeting(actor: Actor, meetingId: string) {
  authorize(actor, 'cosa.manage')
  const meeting = await upcomingMeeting(actor, meetingId)
  const inputs = await loadRotaInputs(prisma, actor.agencyId, ...windowAround(meeting.startsAt))
  const names = new Map(inputs.volunteers.map((v) => [v.id, v.firstName]))
  const cover = suggestCover(meetingId, { meetings: inputs.meetings, volunteers: inputs.volunteers, members: inputs.members, assignments: inputs.assignments })
  const row = inputs.meetingRows.find((m) => m.id === meetingId)!
  const members = inputs.members.filter((m) => m.circleId === meeting.circleId && !row.assignments.some((a) => a.volunteerId === m.volunteerId))
  await recordAudit(prisma, actor, { action: 'cosa.rota.meeting.view', subjectType: 'CircleMeeting', subjectId: meetingId, offenderId: meeting.circle.coreMemberId })
  return {
    ...meeting,
    volunteers: row.assignments.map((a) => ({ assignmentId: a.id, volunteerId: a.volunteerId, response: a.response, firstName: names.get(a.volunteerId) ?? '' })),
    conflicts: checkRota(inputs.meetings, inputs.volunteers, inputs.assignments).filter((c) => c.meetingId === meetingId),
    cover: cover.filter((id) => !row.assignments.some((a) => a.volunteerId === id)).map((id) => ({ id, firstName: names.get(id) ?? '' })),
    members: members.map((m) => ({ id: m.volunteerId, firstName: names.get(m.volunteerId) ?? '', kind: m.kind })),
  }
}
