import 'server-only'
import { declinesUncovered } from './declines-covered'
import { addDays } from 'date-fns'
import { londonDay, londonToday } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { authorize, type Actor } from '../policy'
import { upcomingMeeting, windowAround } from './rota'
import { loadRotaInputs } from './rota-inputs'
import { placements, placementsOf, suggestCover } from './rota-propose'
import { checkRota, type Conflict } from './rota-rules'
import { rotaCoreMembers, type TRotaCoreMember } from './rota-core-members'
import { meetingStatuses } from './circle-dates'
import { redactedMeeting } from './redacted-rows'
import { placeCounts } from './kept-out'
import { sealedConflict } from './restricted-conflicts'
import { supervisionDueOf } from './supervision'

const WEEK = 7

/** `otherCircle`: for a double booking, whose circle holds the other meeting (both null when the viewer may not see it). */
export type RotaConflict = Conflict & { otherCircle?: TRotaCoreMember }
/** A volunteer of the circle not on a meeting, and every rule that keeps them off it (none: free); `paused`: paused, so not placed. */
export type RotaReason = { volunteerId: string; firstName: string; conflicts: RotaConflict[]; paused?: true; takenOff?: true }

/** Who was taken off each of these meetings by hand, once each, by first name: "Why no one else" says so, as the
 * meeting page does, rather than leaving them out (walk 25, D5). A decline is said by "Needs cover" instead. */
function takenOffOf(meetingIds: string[]) {
  if (!meetingIds.length) return Promise.resolve([])
  return prisma.circleMeetingDropout.findMany({ where: { meetingId: { in: meetingIds }, kind: 'REMOVED' }, distinct: ['meetingId', 'volunteerId'], select: { meetingId: true, volunteerId: true, volunteer: { select: { firstName: true } } }, orderBy: [{ meetingId: 'asc' }, { volunteerId: 'asc' }] })
}

/** Members of these circles who are paused (rota-inputs leaves them out as candidates), by first name: a list of who
 * else of a circle could come names them as paused rather than leaving them out (walk 23, D7; walk 25, D3). */
function pausedMembersOf(circleIds: string[]) {
  if (!circleIds.length) return Promise.resolve([])
  return prisma.circleMember.findMany({ where: { circleId: { in: circleIds }, leftOn: null, volunteer: { stage: 'PAUSED' } }, select: { circleId: true, volunteerId: true, kind: true, volunteer: { select: { firstName: true } } }, orderBy: { volunteer: { firstName: 'asc' } } })
}

type TDropout = { id: string; volunteerId: string; kind: string; reason: string; recordedAt: Date }

/**
 * A meeting's "Dropped out of this meeting" history as a coordinator reads it (walk 25 O4: six identical "no longer in
 * this circle" lines after repeated remove and re-add, never saying she was back): one line per volunteer and kind,
 * the latest, in time order; a line for leaving the circle says when they were added back after it (`addedBackOn`,
 * their current membership's start date, or null). The line stays when they are back: it says why the place was
 * given up, which the coordinator may still need (who was on the meeting before).
 * Input: the meeting's circle id, its dropouts oldest first. Output: those lines, each with `addedBackOn`.
 */
async function dropoutHistory(circleId: string, dropouts: TDropout[]) {
  const latest = new Map<string, TDropout>()
  for (const d of dropouts) {
    latest.delete(`${d.volunteerId}:${d.kind}`)
    latest.set(`${d.volunteerId}:${d.kind}`, d)
  }
  const left = [...latest.values()].filter((d) => d.kind === 'LEFT_CIRCLE')
  const serving = left.length ? await prisma.circleMember.findMany({ where: { circleId, volunteerId: { in: left.map((d) => d.volunteerId) }, leftOn: null }, select: { volunteerId: true, joinedOn: true } }) : []
  return [...latest.values()].map((d) => {
    const back = d.kind === 'LEFT_CIRCLE' ? serving.find((s) => s.volunteerId === d.volunteerId && s.joinedOn.toISOString().slice(0, 10) >= londonDay(d.recordedAt)) : undefined
    return { ...d, addedBackOn: back?.joinedOn ?? null }
  })
}

/**
 * A double booking named with the circle holding the other meeting, so "why no one else" says which booking blocks
 * (walk 25 D4: "Alun: booked for the meeting of the circle for … at the same time"). A circle the viewer may not see
 * (coreMembers gives nulls, or none) is sealed the one way every rota view seals it (sealedConflict: no id, said as
 * restricted; ADR 0023). Input: the rota's meeting rows, the core member of each circle as the viewer may see it.
 * Output: conflict → RotaConflict.
 */
function namingOtherCircle(meetingRows: { id: string; circleId: string }[], coreMembers: Map<string, TRotaCoreMember>) {
  const circleOfMeeting = new Map(meetingRows.map((m) => [m.id, m.circleId]))
  const hidden = new Set(meetingRows.filter((m) => (coreMembers.get(m.circleId)?.crn ?? null) === null).map((m) => m.id))
  return (c: Conflict): RotaConflict => {
    const sealed = sealedConflict(c, hidden)
    const other = sealed.otherMeetingId ? circleOfMeeting.get(sealed.otherMeetingId) : undefined
    return { ...sealed, ...(c.rule === 'DOUBLE_BOOKED' && other ? { otherCircle: coreMembers.get(other)! } : {}) }
  }
}

/**
 * The provider's rota for the coming weeks: each meeting, who is on it, every conflict explained, and for a meeting
 * left short, why each of the circle's other volunteers cannot take a place (issue 16 item 8). A circle whose core
 * member the coordinator may not see (Limited Access) is not offered for generation, and its meetings are redacted
 * rows (when, and how many confirmed or awaited: no meeting, circle or place id, no link), nor is a meeting of it named
 * as the other side of a double booking (issue 17 defect 6 as a kind, ADR 0023).
 */
export async function getRota(actor: Actor, weeks = 12) {
  authorize(actor, 'cosa.manage')
  const from = londonToday()
  const inputs = await loadRotaInputs(prisma, actor.agencyId, from, addDays(from, weeks * WEEK + 1))
  const conflicts = checkRota(inputs.meetings, inputs.volunteers, inputs.assignments)
  const names = new Map(inputs.volunteers.map((v) => [v.id, v.firstName]))
  const short = new Set(conflicts.filter((c) => c.rule === 'TOO_FEW_VOLUNTEERS').map((c) => c.meetingId))
  const why = placementsOf([...short], { ...inputs, pool: [] })
  const barredFrom = new Set(inputs.excluded.map((a) => `${a.meetingId}:${a.volunteerId}`))
  // A paused member is no candidate (rota-inputs leaves them out) but is one of the circle: said as paused, so the
  // list of who else could come is whole (walk 23, D7: a paused Mair was simply missing from it).
  const shortCircles = [...new Set(inputs.meetingRows.filter((m) => short.has(m.id)).map((m) => m.circleId))]
  const paused = await pausedMembersOf(shortCircles)
  const takenOff = await takenOffOf([...short])
  // The circles a rota can be generated for: running, or ending but still meeting until the ending date (re-walk D11).
  const running = await prisma.circle.findMany({ where: { providerAgencyId: actor.agencyId, status: { in: [...meetingStatuses] }, OR: [{ endingFrom: null }, { endingFrom: { gte: from } }] }, select: { id: true } })
  // Every row and every circle to generate for names its core member, whatever its circle's stage (cosa16 item 3).
  const coreMembers = await rotaCoreMembers(actor, [...running.map((c) => c.id), ...inputs.meetingRows.map((m) => m.circleId)])
  const limited = (circleId: string) => coreMembers.get(circleId)!.crn === null
  const circles = running.filter((c) => !limited(c.id)).map((c) => ({ id: c.id, coreMember: coreMembers.get(c.id)! }))
  const withOtherCircle = namingOtherCircle(inputs.meetingRows, coreMembers)
  const keptOut = keptOutPlaces(inputs.accessExcluded)
  await recordAudit(prisma, actor, { action: 'cosa.rota.view', subjectType: 'Agency', subjectId: actor.agencyId, detail: { weeks } })
  return {
    circles,
    meetings: inputs.meetingRows.map((m) => limited(m.circleId)
      ? redactedMeeting({ startsAt: m.startsAt, ...placeCounts(m.assignments.map((a) => ({ response: a.response, keptOut: keptOut(m.id, a.volunteerId) }))) })
      : {
      restricted: false as const,
      id: m.id,
      circleId: m.circleId,
      coreMember: coreMembers.get(m.circleId)!,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      volunteers: m.assignments.map((a) => ({ assignmentId: a.id, volunteerId: a.volunteerId, response: a.response, keptOut: keptOut(m.id, a.volunteerId), firstName: names.get(a.volunteerId) ?? '' })),
      conflicts: conflicts.filter((c) => c.meetingId === m.id).map((c) => ({ ...withOtherCircle(c), volunteerName: c.volunteerId ? names.get(c.volunteerId) ?? '' : '' })),
      // Whoever declined will not come: cover is needed even if two others remain, until a place is given after it.
      declined: declinesUncovered(m.assignments, m.dropouts, (id) => !keptOut(m.id, id), names),
      noLongerServing: noLongerServing(m, inputs.accessExcluded, names),
      // Never "free" for a meeting they declined, were taken off or left the circle of (walk 23, D7): not theirs to fill.
      shortBecause: short.has(m.id)
        ? [
            ...(why.get(m.id) ?? []).filter((p) => !p.onMeeting && !barredFrom.has(`${m.id}:${p.volunteerId}`)).map((p): RotaReason => ({ volunteerId: p.volunteerId, firstName: names.get(p.volunteerId) ?? '', conflicts: p.conflicts.map(withOtherCircle) })),
            ...takenOff.filter((d) => d.meetingId === m.id).map((d): RotaReason => ({ volunteerId: d.volunteerId, firstName: d.volunteer.firstName, conflicts: [], takenOff: true })),
            ...paused.filter((p) => p.circleId === m.circleId && !takenOff.some((d) => d.meetingId === m.id && d.volunteerId === p.volunteerId)).map((p): RotaReason => ({ volunteerId: p.volunteerId, firstName: p.volunteer.firstName, conflicts: [], paused: true })),
          ]
        : [],
    }),
  }
}

/**
 * One meeting for the coordinator: who is on it; every volunteer of the circle up front with each reason they
 * cannot attend (issue 16 item 9); who dropped out and why; and cover from the circle and then from the provider's
 * vetted wider pool, never anyone who was taken off or declined this meeting (item 10), and those of the pool a hard
 * rule keeps off it, with the rules (`poolKeptBack`). All by rota-rules.ts.
 * `coreMember` says whose circle it is (walk-through D6: several circles meet at the same hour), named by
 * namedCoreMember's Limited Access rule.
 */
export async function getRotaMeeting(actor: Actor, meetingId: string) {
  authorize(actor, 'cosa.manage')
  const meeting = await upcomingMeeting(actor, meetingId)
  const inputs = await loadRotaInputs(prisma, actor.agencyId, ...windowAround(meeting.startsAt))
  const dropouts = await prisma.circleMeetingDropout.findMany({ where: { meetingId }, orderBy: { recordedAt: 'asc' }, select: { id: true, volunteerId: true, kind: true, reason: true, recordedAt: true } })
  const names = new Map(inputs.volunteers.map((v) => [v.id, v.firstName]))
  const row = inputs.meetingRows.find((m) => m.id === meetingId)!
  // Someone who declined is still on the meeting's list, so they are never offered to cover it either.
  // Nor anyone whose account is excluded from the core member (sec19b): left out of cover and choices, not named why.
  // Nor anyone taken out of this circle and not added back (walk 23, D1): inputs.excluded holds every such bar.
  const barred = new Set(inputs.excluded.filter((a) => a.meetingId === meetingId).map((a) => a.volunteerId))
  // A place given up by a pause, leaving or removal is no bar of itself: the rules about their stage and circle decide (barsFromMeeting).
  const barring = dropouts.filter((d) => d.kind === 'REMOVED' || d.kind === 'DECLINED')
  const exclude = [...barring.map((d) => d.volunteerId), ...row.assignments.map((a) => a.volunteerId), ...barred]
  const rotaInput = { ...inputs, exclude }
  const cover = suggestCover(meetingId, rotaInput)
  const everyone = placements(meetingId, rotaInput)
  const circle = everyone.filter((p) => p.kind !== null)
  const inCircle = new Set(circle.map((p) => p.volunteerId))
  await recordAudit(prisma, actor, { action: 'cosa.rota.meeting.view', subjectType: 'CircleMeeting', subjectId: meetingId, offenderId: meeting.circle.coreMemberId })
  const onMeeting = new Set(row.assignments.map((a) => a.volunteerId))
  // A member who declined keeps a place on the list but is not coming: listed as dropped out (walk 37 D1).
  const coming = new Set(row.assignments.filter((a) => a.response !== 'DECLINED').map((a) => a.volunteerId))
  const dropped = new Set(barring.map((d) => d.volunteerId))
  const circleOfMeeting = new Map(inputs.meetingRows.map((m) => [m.id, m.circleId]))
  const meetingConflicts = checkRota(inputs.meetings, inputs.volunteers, inputs.assignments).filter((c) => c.meetingId === meetingId)
  const otherCircles = [...meetingConflicts, ...everyone.flatMap((p) => p.conflicts)].flatMap((c) => (c.otherMeetingId && circleOfMeeting.has(c.otherMeetingId) ? [circleOfMeeting.get(c.otherMeetingId)!] : []))
  const coreMembers = await rotaCoreMembers(actor, [...new Set([meeting.circleId, ...otherCircles])])
  const coreMember = coreMembers.get(meeting.circleId)!
  // The other side of a double booking in a circle the coordinator may not see is said as restricted, without its id.
  const seal = (conflicts: Conflict[]) => conflicts.map(namingOtherCircle(inputs.meetingRows, coreMembers))
  const paused = await pausedMembersOf([meeting.circleId])
  const ofThisCircle = new Set([...inputs.members.filter((c) => c.circleId === meeting.circleId).map((c) => c.volunteerId), ...paused.map((p) => p.volunteerId)])
  const keptOut = keptOutPlaces(inputs.accessExcluded)
  // Who may still be offered: not on it already, not taken off or declined, not barred (issue 16 items 9–10).
  const offerable = (p: { volunteerId: string }) => !onMeeting.has(p.volunteerId) && !dropped.has(p.volunteerId) && !barred.has(p.volunteerId)
  const hard = (p: { conflicts: Conflict[] }) => p.conflicts.some((c) => c.severity === 'hard')
  const choices = everyone.filter((p) => offerable(p) && !hard(p))
  const supervisionDue = await supervisionDueOf(actor, [...new Set([...cover, ...choices.map((p) => p.volunteerId)])])
  const dueOf = (id: string) => supervisionDue.get(id) ?? null
  return {
    ...meeting,
    // A core member limited for the viewer: not even their id travels with the meeting (ADR 0023).
    circle: { ...meeting.circle, coreMemberId: coreMember.crn === null ? null : meeting.circle.coreMemberId },
    coreMember,
    // `inCircle`: a member (paused too) of this circle, or else from the wider pool, said so beside the name (walk 47 F4).
    volunteers: row.assignments.map((a) => ({ assignmentId: a.id, volunteerId: a.volunteerId, response: a.response, keptOut: keptOut(meetingId, a.volunteerId), firstName: names.get(a.volunteerId) ?? '', inCircle: ofThisCircle.has(a.volunteerId) })),
    noLongerServing: noLongerServing(row, inputs.accessExcluded, names),
    // Declines no place given since has covered (issue 16 item 10, walk 41 F6).
    needsCoverFor: declinesUncovered(row.assignments, row.dropouts, (id) => !keptOut(meetingId, id), names),
    conflicts: seal(meetingConflicts),
    // By first name, so the list reads the same on every load (a clean-clone run saw the rota inputs' order change).
    // A paused member is one of the circle too: named as paused, so "everyone is on this meeting" is never said while one is not (walk 25, D3).
    attendance: [
      // A member whose account may no longer see the person is said so, never "Free" (break 29 D2 of issue 17).
      ...circle.filter((p) => !coming.has(p.volunteerId)).map((p) => ({ id: p.volunteerId, firstName: names.get(p.volunteerId) ?? '', kind: p.kind!, conflicts: seal(p.conflicts), droppedOut: dropped.has(p.volunteerId), paused: false, keptOut: keptOut(meetingId, p.volunteerId) })),
      ...paused.filter((p) => !coming.has(p.volunteerId)).map((p) => ({ id: p.volunteerId, firstName: p.volunteer.firstName, kind: p.kind, conflicts: [], droppedOut: false, paused: true, keptOut: keptOut(meetingId, p.volunteerId) })),
    ].sort((a, b) => a.firstName.localeCompare(b.firstName, 'en') || a.id.localeCompare(b.id)),
    cover: cover.map((id) => ({ id, firstName: names.get(id) ?? '', inCircle: inCircle.has(id), supervisionDue: dueOf(id) })),
    dropouts: (await dropoutHistory(meeting.circleId, dropouts)).map((d) => ({ ...d, firstName: names.get(d.volunteerId) ?? '' })),
    // Who may be put on it: the circle's members, then the vetted wider pool, each with their reasons (soft ones need
    // an override); never anyone a hard rule blocks or who was taken off or declined this meeting (issue 16 items 9–10).
    choices: choices.map((p) => ({ id: p.volunteerId, kind: p.kind, conflicts: seal(p.conflicts), firstName: names.get(p.volunteerId) ?? '', supervisionDue: dueOf(p.volunteerId) })),
    // The wider pool's vetted volunteers a hard rule keeps off this meeting, each with the rules, by first name, so the
    // coordinator sees why they are not offered (break 43 observation); the barred are left out, unnamed as ever.
    poolKeptBack: everyone
      .filter((p) => p.kind === null && offerable(p) && hard(p))
      .map((p) => ({ id: p.volunteerId, firstName: names.get(p.volunteerId) ?? '', conflicts: seal(p.conflicts.filter((c) => c.severity === 'hard')) }))
      .sort((a, b) => a.firstName.localeCompare(b.firstName, 'en') || a.id.localeCompare(b.id)),
  }
}

/**
 * Whether a place belongs to a volunteer whose account may no longer see the meeting's core member (rota-inputs'
 * `accessExcluded` pairs): the rota and the meeting page say it needs cover rather than "Please confirm" or
 * "Confirmed", and no count takes it as awaited (h17g item 3 of issue 17). Output: (meetingId, volunteerId) → boolean.
 */
function keptOutPlaces(pairs: { meetingId: string; volunteerId: string }[]) {
  const out = new Set(pairs.map((a) => `${a.meetingId}:${a.volunteerId}`))
  return (meetingId: string, volunteerId: string) => out.has(`${meetingId}:${volunteerId}`)
}

/**
 * The first names, sorted, of volunteers holding a place (not declined) on the meeting whose account may no longer see
 * its core member (a senior put them on the person's exclusion list, or a restriction list leaves them out): the
 * portal no longer shows them the meeting and their place does not count, so the coordinator sees it needs cover
 * (break 28 D6 of issue 17). Input: the meeting's row, rota-inputs' `accessExcluded` pairs and the names by volunteer.
 */
function noLongerServing(m: { id: string; assignments: { volunteerId: string; response: string }[] }, keptOut: { meetingId: string; volunteerId: string }[], names: Map<string, string>): string[] {
  const out = new Set(keptOut.filter((a) => a.meetingId === m.id).map((a) => a.volunteerId))
  return m.assignments.filter((a) => a.response !== 'DECLINED' && out.has(a.volunteerId)).map((a) => names.get(a.volunteerId) ?? '').sort((a, b) => a.localeCompare(b, 'en'))
}
