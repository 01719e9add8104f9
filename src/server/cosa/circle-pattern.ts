import 'server-only'
import type { Tx } from '../db'
import { AppError } from '../errors'
import { rotaVolunteerSelect, toRotaVolunteer } from './rota-inputs'
import { patternFit, type MeetingPattern } from './rota-pattern'
import { MIN_VOLUNTEERS, type ConflictRule } from './rota-rules'
import { parseClock } from './rota-time'

type Circle = { id: string; coreMemberId: string; status: string }
type Pattern = Omit<MeetingPattern, 'circleId' | 'coreMemberId' | 'firstDate' | 'count'> & { startDate: Date }
/**
 * `PAUSED`: the volunteer is paused, so is not placed on meetings for now (f16c item 7).
 * `OTHER_CIRCLE`: the volunteer serves in another circle (not closed) whose own pattern meets on that day at an
 * overlapping time, shown as "meets with another circle then" (break test of issue 16, D7).
 */
export type TPatternRule = ConflictRule | 'OTHER_CIRCLE' | 'PAUSED'
/** Who of the inner circle can make a pattern, as the form and the circle page show it. */
export type TPatternFit = { canMake: number; of: number; volunteers: { firstName: string; rules: TPatternRule[] }[] }

/**
 * Who of the circle's current inner circle (regulars and cover) can make a meeting pattern, by the rules of
 * rota-rules.ts against its first meeting (issue 16 item 8), and not already meeting with another circle at that
 * weekly time (break test of issue 16, D7: two Tuesday 19:00 circles with the same four volunteers both said
 * "4 of 4", and the rota then left one of them short). Every other circle of theirs not closed, with its pattern
 * set and not planned to end before this pattern begins, counts; patterns every two or more weeks count as
 * clashing, since their weeks can fall together. Output: TPatternFit.
 */
export async function fitOfPattern(tx: Pick<Tx, 'circleMember'>, circle: Pick<Circle, 'id' | 'coreMemberId'>, pattern: Pattern): Promise<TPatternFit> {
  const rows = await tx.circleMember.findMany({ where: { circleId: circle.id, leftOn: null }, select: { volunteer: { select: { ...rotaVolunteerSelect(pattern.startDate), stage: true } } }, orderBy: { joinedOn: 'asc' } })
  const volunteers = rows.map((r) => toRotaVolunteer(r.volunteer))
  // A paused volunteer stays in the circle but is not placed while paused (f16c item 7), so cannot make it either.
  const paused = new Set(rows.filter((r) => r.volunteer.stage === 'PAUSED').map((r) => r.volunteer.id))
  const fit = patternFit({ circleId: circle.id, coreMemberId: circle.coreMemberId, firstDate: pattern.startDate.toISOString().slice(0, 10), weekday: pattern.weekday, startTime: pattern.startTime, minutes: pattern.minutes, everyWeeks: pattern.everyWeeks }, volunteers)
  const busy = await meetingElsewhere(tx, circle.id, volunteers.map((v) => v.id), pattern)
  const rulesOf = (i: number): TPatternRule[] => [...(paused.has(volunteers[i]!.id) ? ['PAUSED' as const] : []), ...fit[i]!.conflicts.map((c) => c.rule), ...(busy.has(volunteers[i]!.id) ? ['OTHER_CIRCLE' as const] : [])]
  const people = volunteers.map((v, i) => ({ firstName: v.firstName, rules: rulesOf(i) }))
  return { canMake: people.filter((p) => p.rules.length === 0).length, of: people.length, volunteers: people }
}

/** The volunteers (of `volunteerIds`) whose other circles meet on the pattern's weekday at an overlapping time. */
async function meetingElsewhere(tx: Pick<Tx, 'circleMember'>, circleId: string, volunteerIds: string[], pattern: Pattern): Promise<Set<string>> {
  if (!volunteerIds.length) return new Set()
  const others = await tx.circleMember.findMany({
    where: {
      volunteerId: { in: volunteerIds }, leftOn: null, circleId: { not: circleId },
      circle: { status: { not: 'CLOSED' }, weekday: pattern.weekday, startTime: { not: null }, OR: [{ plannedEndDate: null }, { plannedEndDate: { gte: pattern.startDate } }] },
    },
    select: { volunteerId: true, circle: { select: { startTime: true, minutes: true } } },
  })
  const from = parseClock(pattern.startTime)
  const to = from + pattern.minutes
  return new Set(others.filter((o) => parseClock(o.circle.startTime!) < to && from < parseClock(o.circle.startTime!) + o.circle.minutes).map((o) => o.volunteerId))
}

/**
 * Setting or changing a pattern that fewer than two of the inner circle can make: a running circle is refused
 * (its meetings could not go ahead safely), a forming one is warned and goes ahead once the coordinator confirms
 * (its inner circle is still being built). `details.patternFit` says who cannot come and why.
 */
export async function assertPatternFits(tx: Pick<Tx, 'circleMember'>, circle: Circle, pattern: Pattern, confirmed: boolean): Promise<TPatternFit> {
  const fit = await fitOfPattern(tx, circle, pattern)
  if (fit.canMake >= MIN_VOLUNTEERS) return fit
  if (circle.status !== 'FORMING') throw new AppError('VALIDATION', 'VALIDATION', { weekday: ['patternTooFew'] }, { patternFit: fit })
  if (!confirmed) throw new AppError('VALIDATION', 'VALIDATION', { confirm: ['patternConfirm'] }, { patternFit: fit })
  return fit
}
