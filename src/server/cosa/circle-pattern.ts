import 'server-only'
import type { Tx } from '../db'
import { AppError } from '../errors'
import { accountsKeptOut, rotaVolunteerSelect, toRotaVolunteer } from './rota-inputs'
import type { Actor } from '../policy'
import { coreMemberSelect, namedCoreMember, type TRotaCoreMember } from './rota-core-members'
import { patternFit, placeableAtSlot, type MeetingPattern } from './rota-pattern'
import { MIN_VOLUNTEERS, type ConflictRule } from './rota-rules'
import { londonDay } from '../../lib/dates'
import { keptOutOf } from './kept-out'
import { dayNumber, londonInstant, parseClock } from './rota-time'

type Circle = { id: string; coreMemberId: string; status: string }
type Pattern = Omit<MeetingPattern, 'circleId' | 'coreMemberId' | 'firstDate' | 'count'> & { startDate: Date }
/**
 * `PAUSED`: the volunteer is paused, so is not placed on meetings for now (f16c item 7). A volunteer who also serves
 * in another circle meeting then is not ruled out: they count as able to come, with `sharedWith` naming that circle
 * (break test of issue 16, D4: counted out of both circles while the rota staffed both). `KEPT_OUT`: the volunteer's
 * account may no longer see the core member (a Limited Access list: keptOutOf), so the rota never places them and
 * the count never relies on them (break 29 D2 of issue 17: counted as able to make the pattern).
 */
export type TPatternRule = ConflictRule | 'PAUSED' | 'KEPT_OUT'
/**
 * Who of the inner circle can make a pattern, as the form and the circle page show it: `canMake` of `of` are free
 * then; `placeable` (0..2) is how many the rota could place at each meeting once the circles they share at that time
 * have their own minimum (placeableAtSlot), the figure the two-volunteer rule is checked against.
 */
export type TPatternFit = { canMake: number; of: number; placeable: number; volunteers: { firstName: string; rules: TPatternRule[]; sharedWith: TRotaCoreMember[] }[]; booked: TBookedElsewhere[] }
/**
 * A volunteer the count relies on who is already booked, by another circle meeting at the same time, on `dates` of
 * the pattern's dates where that leaves this circle fewer than `placeable` (walk 25 D4): the rota keeps that booking.
 */
export type TBookedElsewhere = { firstName: string; circle: TRotaCoreMember; dates: number }

type TOtherCircle = { id: string; coreMemberId: string; startTime: string | null; minutes: number; everyWeeks: number; coreMember: Parameters<typeof namedCoreMember>[1] }

/**
 * Who of the circle's current inner circle (regulars and cover) can make a meeting pattern, by the rules of
 * rota-rules.ts against its first meeting (issue 16 item 8), and how many the rota could place each week when some
 * of them also serve in another circle meeting on that day at an overlapping time (break test of issue 16, D7 and
 * D4): every other circle of theirs not closed, with its pattern set and not planned to end before this pattern
 * begins, is given its own free volunteers first (patterns every two or more weeks count as meeting every week,
 * since their weeks can fall together). The same rule the rota generator staffs by (rota-propose.ts).
 * Input: a transaction or client, the viewer (to name the other circles: Limited Access), the circle, the pattern.
 * Output: TPatternFit.
 */
export async function fitOfPattern(tx: Pick<Tx, 'circleMember' | 'circle' | 'circleMeeting' | 'accessRestriction'>, actor: Actor, circle: Pick<Circle, 'id' | 'coreMemberId'>, pattern: Pattern): Promise<TPatternFit> {
  const volunteers = await freeAtPattern(tx, circle, pattern)
  const others = await circlesMeetingThen(tx, actor, circle.id, volunteers.map((v) => v.id), pattern)
  const slot = [{ circleId: circle.id, free: volunteers.filter((v) => !v.rules.length).map((v) => v.id) }]
  for (const other of others) {
    const theirs = await freeAtPattern(tx, other, { ...pattern, startTime: other.startTime!, minutes: other.minutes, everyWeeks: other.everyWeeks })
    slot.push({ circleId: other.id, free: theirs.filter((v) => !v.rules.length).map((v) => v.id) })
  }
  const people = volunteers.map((v) => ({
    firstName: v.firstName,
    rules: v.rules,
    sharedWith: v.rules.length ? [] : others.filter((o) => slot.find((c) => c.circleId === o.id)!.free.includes(v.id)).map((o) => namedCoreMember(actor, o.coreMember)),
  }))
  const canMake = people.filter((p) => p.rules.length === 0).length
  const placeable = placeableAtSlot(circle.id, slot)
  const booked = await bookedElsewhere(tx, circle.id, pattern, slot, placeable)
  const names = new Map(volunteers.map((v) => [v.id, v.firstName]))
  const named = booked.map((b) => ({ firstName: names.get(b.volunteerId) ?? '', circle: namedCoreMember(actor, others.find((o) => o.id === b.circleId)!.coreMember), dates: b.dates }))
  return { canMake, of: people.length, placeable, volunteers: people, booked: named }
}

/**
 * The dates of the pattern on which the other circles' existing bookings (kept by the rota generator) leave this
 * circle fewer than `placeable`, by the same rule (placeableAtSlot with each date's bookings held): for each volunteer
 * of this circle booked then by another circle, on how many such dates (walk 25 D4: "promised two, rota short").
 * Only meetings still to come, on a date the pattern gives, at an overlapping time; declined places do not count, nor
 * places the rota no longer counts: a volunteer whose account is kept from that circle's core member (h16g, as
 * rota-inputs.ts: break 28 D6).
 */
async function bookedElsewhere(tx: Pick<Tx, 'circleMeeting' | 'accessRestriction'>, circleId: string, pattern: Pattern, slot: { circleId: string; free: string[] }[], placeable: number) {
  const others = slot.filter((c) => c.circleId !== circleId).map((c) => c.circleId)
  if (!others.length) return []
  const meetings = await tx.circleMeeting.findMany({
    where: { circleId: { in: others }, status: 'SCHEDULED', startsAt: { gte: new Date(Math.max(Date.now(), pattern.startDate.getTime())) } },
    select: { id: true, circleId: true, startsAt: true, endsAt: true, circle: { select: { coreMemberId: true } }, assignments: { where: { response: { not: 'DECLINED' } }, select: { volunteerId: true, volunteer: { select: { userId: true } } } } },
  })
  const accounts = meetings.flatMap((m) => m.assignments.map((a) => ({ id: a.volunteerId, userId: a.volunteer.userId })))
  const keptOut = new Set((await accountsKeptOut(tx, meetings, accounts)).map((k) => `${k.meetingId}:${k.volunteerId}`))
  const first = dayNumber(pattern.startDate.toISOString().slice(0, 10))
  const byDate = new Map<string, typeof meetings>()
  for (const m of meetings) {
    const day = londonDay(m.startsAt)
    const since = dayNumber(day) - first
    const start = londonInstant(day, pattern.startTime)
    const onPattern = since >= 0 && since % (7 * pattern.everyWeeks) < 7 && new Date(`${day}T12:00:00Z`).getUTCDay() === pattern.weekday % 7
    if (onPattern && m.startsAt.getTime() < start + pattern.minutes * 60_000 && start < m.endsAt.getTime()) byDate.set(day, [...(byDate.get(day) ?? []), m])
  }
  const count = new Map<string, { volunteerId: string; circleId: string; dates: number }>()
  for (const held of byDate.values()) {
    const counted = held.map((m) => ({ ...m, assignments: m.assignments.filter((a) => !keptOut.has(`${m.id}:${a.volunteerId}`)) }))
    const bookedBy = new Map(counted.flatMap((m) => m.assignments.map((a) => [a.volunteerId, m.circleId] as const)))
    const dated = slot.map((c) => ({ circleId: c.circleId, free: c.free.filter((v) => !bookedBy.has(v)), seats: c.circleId === circleId ? undefined : MIN_VOLUNTEERS - counted.filter((m) => m.circleId === c.circleId).reduce((n, m) => n + m.assignments.length, 0) }))
    if (placeableAtSlot(circleId, dated) >= placeable) continue
    for (const v of slot.find((c) => c.circleId === circleId)!.free) {
      const by = bookedBy.get(v)
      if (!by) continue
      const key = `${v}:${by}`
      count.set(key, { volunteerId: v, circleId: by, dates: (count.get(key)?.dates ?? 0) + 1 })
    }
  }
  return [...count.values()]
}

/** The circle's current members, each with every standing reason they cannot make the pattern (none: free then). */
async function freeAtPattern(tx: Pick<Tx, 'circleMember' | 'accessRestriction'>, circle: Pick<Circle, 'id' | 'coreMemberId'>, pattern: Pattern) {
  const rows = await tx.circleMember.findMany({ where: { circleId: circle.id, leftOn: null }, select: { volunteer: { select: { ...rotaVolunteerSelect(pattern.startDate), stage: true, userId: true } } }, orderBy: [{ joinedOn: 'asc' }, { id: 'asc' }] })
  const keptOut = await keptOutOf(tx, [circle.coreMemberId])
  const volunteers = rows.map((r) => toRotaVolunteer(r.volunteer))
  const fit = patternFit({ circleId: circle.id, coreMemberId: circle.coreMemberId, firstDate: pattern.startDate.toISOString().slice(0, 10), weekday: pattern.weekday, startTime: pattern.startTime, minutes: pattern.minutes, everyWeeks: pattern.everyWeeks }, volunteers)
  // A paused volunteer stays in the circle but is not placed while paused (f16c item 7), so cannot make it either.
  const standing = (i: number): TPatternRule[] => [...(rows[i]!.volunteer.stage === 'PAUSED' ? ['PAUSED' as const] : []), ...(keptOut(circle.coreMemberId, rows[i]!.volunteer.userId) ? ['KEPT_OUT' as const] : [])]
  return volunteers.map((v, i) => ({ id: v.id, firstName: v.firstName, rules: [...standing(i), ...fit[i]!.conflicts.map((c) => c.rule)] }))
}

/** The other circles of `volunteerIds` that meet on the pattern's weekday at an overlapping time. */
async function circlesMeetingThen(tx: Pick<Tx, 'circle'>, actor: Actor, circleId: string, volunteerIds: string[], pattern: Pattern): Promise<TOtherCircle[]> {
  if (!volunteerIds.length) return []
  const others = await tx.circle.findMany({
    where: {
      id: { not: circleId }, status: { not: 'CLOSED' }, weekday: pattern.weekday, startTime: { not: null },
      OR: [{ plannedEndDate: null }, { plannedEndDate: { gte: pattern.startDate } }],
      members: { some: { volunteerId: { in: volunteerIds }, leftOn: null } },
    },
    select: { id: true, coreMemberId: true, startTime: true, minutes: true, everyWeeks: true, coreMember: coreMemberSelect(actor) },
    orderBy: { id: 'asc' },
  })
  const from = parseClock(pattern.startTime)
  const to = from + pattern.minutes
  return others.filter((o) => parseClock(o.startTime!) < to && from < parseClock(o.startTime!) + o.minutes)
}

/**
 * The pattern figure a circle's page shows beside its pattern (issue 16 item 8): fitOfPattern, or null when no pattern
 * is set, the circle is closed (gap 3: "0 of 0 can make it"), or it is ending with no scheduled meeting to come (walk
 * 47 F4: "2 of 3 can make it" beside an ending circle whose meetings were all over or cancelled).
 * Input: a transaction or client, the viewer, the circle with its pattern. Output: TPatternFit or null.
 */
export async function shownPatternFit(
  tx: Pick<Tx, 'circleMember' | 'circle' | 'circleMeeting' | 'accessRestriction'>,
  actor: Actor,
  circle: Circle & { weekday: number | null; startTime: string | null; startDate: Date | null; minutes: number; everyWeeks: number },
): Promise<TPatternFit | null> {
  const { weekday, startTime, startDate, minutes, everyWeeks } = circle
  if (!weekday || !startTime || !startDate || circle.status === 'CLOSED') return null
  if (circle.status === 'ENDING' && !(await tx.circleMeeting.count({ where: { circleId: circle.id, status: 'SCHEDULED', startsAt: { gt: new Date() } } }))) return null
  return fitOfPattern(tx, actor, circle, { weekday, startTime, startDate, minutes, everyWeeks })
}

/**
 * Setting or changing a pattern at which the rota could place fewer than two of the inner circle each week: a running circle is refused
 * (its meetings could not go ahead safely), a forming one is warned and goes ahead once the coordinator confirms
 * (its inner circle is still being built). `details.patternFit` says who cannot come and why.
 */
export async function assertPatternFits(tx: Pick<Tx, 'circleMember' | 'circle' | 'circleMeeting' | 'accessRestriction'>, actor: Actor, circle: Circle, pattern: Pattern, confirmed: boolean): Promise<TPatternFit> {
  const fit = await fitOfPattern(tx, actor, circle, pattern)
  if (fit.placeable >= MIN_VOLUNTEERS) return fit
  if (circle.status !== 'FORMING') throw new AppError('VALIDATION', 'VALIDATION', { weekday: ['patternTooFew'] }, { patternFit: fit })
  if (!confirmed) throw new AppError('VALIDATION', 'VALIDATION', { confirm: ['patternConfirm'] }, { patternFit: fit })
  return fit
}
