import 'server-only'
import type { Tx } from '../db'
import { AppError } from '../errors'
import { rotaVolunteerSelect, toRotaVolunteer } from './rota-inputs'
import { countFit, patternFit, type MeetingPattern } from './rota-pattern'
import { MIN_VOLUNTEERS, type ConflictRule } from './rota-rules'

type Circle = { id: string; coreMemberId: string; status: string }
type Pattern = Omit<MeetingPattern, 'circleId' | 'coreMemberId' | 'firstDate' | 'count'> & { startDate: Date }
/** Who of the inner circle can make a pattern, as the form and the circle page show it. */
export type TPatternFit = { canMake: number; of: number; volunteers: { firstName: string; rules: ConflictRule[] }[] }

/**
 * Who of the circle's current inner circle (regulars and cover) can make a meeting pattern, by the rules of
 * rota-rules.ts against its first meeting (issue 16 item 8).
 */
export async function fitOfPattern(tx: Pick<Tx, 'circleMember'>, circle: Pick<Circle, 'id' | 'coreMemberId'>, pattern: Pattern): Promise<TPatternFit> {
  const rows = await tx.circleMember.findMany({ where: { circleId: circle.id, leftOn: null }, select: { volunteer: { select: rotaVolunteerSelect(pattern.startDate) } }, orderBy: { joinedOn: 'asc' } })
  const volunteers = rows.map((r) => toRotaVolunteer(r.volunteer))
  const fit = patternFit({ circleId: circle.id, coreMemberId: circle.coreMemberId, firstDate: pattern.startDate.toISOString().slice(0, 10), weekday: pattern.weekday, startTime: pattern.startTime, minutes: pattern.minutes, everyWeeks: pattern.everyWeeks }, volunteers)
  return { canMake: countFit(fit), of: fit.length, volunteers: fit.map((f, i) => ({ firstName: volunteers[i]!.firstName, rules: f.conflicts.map((c) => c.rule) })) }
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
