import { MIN_VOLUNTEERS, pairConflicts, prepareMeetings, prepareVolunteers, type Conflict, type RotaMeeting, type RotaVolunteer } from './rota-rules'
import { dateFromDayNumber, dayNumber, londonInstant, parseClock, weekdayOfDay } from './rota-time'

// A circle's meeting pattern: the meetings it gives, and who of the inner circle can make it (issue 16 item 8).

export type MeetingPattern = {
  circleId: string
  coreMemberId: string
  firstDate: string
  /** 1 = Monday … 7 = Sunday. */
  weekday: number
  /** London wall-clock time, kept across clock changes. */
  startTime: string
  minutes: number
  everyWeeks: number
  count: number
}

export function meetingsFromPattern(p: MeetingPattern): RotaMeeting[] {
  const positive = (n: number) => Number.isInteger(n) && n > 0
  if (!positive(p.weekday) || p.weekday > 7 || !positive(p.minutes) || !positive(p.everyWeeks) || !Number.isInteger(p.count) || p.count < 0)
    throw new Error('Bad meeting pattern')
  if (parseClock(p.startTime) >= 24 * 60) throw new Error('Bad meeting pattern')
  const start = dayNumber(p.firstDate)
  const first = start + ((p.weekday - weekdayOfDay(start) + 7) % 7)
  return Array.from({ length: p.count }, (_, i) => {
    const date = dateFromDayNumber(first + i * 7 * p.everyWeeks)
    // The start is a wall-clock time on each date; the length is elapsed time, so 90 minutes stays 90 minutes.
    const startMs = londonInstant(date, p.startTime)
    return {
      id: `${p.circleId}:${date}`,
      circleId: p.circleId,
      coreMemberId: p.coreMemberId,
      startsAt: new Date(startMs).toISOString(),
      endsAt: new Date(startMs + p.minutes * 60_000).toISOString(),
    }
  })
}

/** One inner-circle volunteer against a pattern: every standing reason they cannot make its meetings. */
export type PatternFit = { volunteerId: string; conflicts: Conflict[] }

/**
 * Who of the inner circle can make a pattern (issue 16 item 8): each volunteer checked by the rules of
 * rota-rules.ts against the pattern's first meeting. Leave is left out because it passes: the coordinator is
 * choosing a weekly day and time, not one week.
 */
export function patternFit(p: Omit<MeetingPattern, 'count'>, volunteers: RotaVolunteer[]): PatternFit[] {
  const first = meetingsFromPattern({ ...p, count: 1 })[0]!
  const m = prepareMeetings([first]).get(first.id)!
  const vs = prepareVolunteers(volunteers)
  return volunteers.map((v) => ({ volunteerId: v.id, conflicts: pairConflicts(m, vs.get(v.id)!).filter((c) => c.rule !== 'ON_LEAVE') }))
}

/** How many can make it: the safeguarding minimum is two (MIN_VOLUNTEERS). */
export const countFit = (fit: PatternFit[]) => fit.filter((f) => f.conflicts.length === 0).length

/**
 * A circle meeting at one weekly time, with the ids of its volunteers free to come then (no standing conflict);
 * `seats`: how many places it still wants, when some are already taken by existing bookings (default: `need`).
 */
export type SlotCircle = { circleId: string; free: string[]; seats?: number }

/**
 * How many volunteers the rota could place at each meeting of `circleId` when it shares volunteers with other circles
 * meeting at the same time (break test of issue 16, D4): each volunteer sits at one meeting a week, and the circles
 * already meeting then are first given up to `need` each of their own free volunteers, so a new or changed pattern
 * is never counted as staffed by taking another circle's minimum. A largest matching of volunteers to seats
 * (augmenting paths: a seat once filled stays filled, so the other circles keep theirs). The rota generator
 * (rota-propose.ts) staffs such meetings to the same result, giving the scarcer volunteers to the meeting that needs them.
 * Input: the circle, every circle of the slot (this one included) with its free volunteer ids (and the seats still
 * wanted, for one date whose existing bookings the rota keeps: walk 25 D4), the seats wanted (default
 * MIN_VOLUNTEERS). Output: 0..need.
 */
export function placeableAtSlot(circleId: string, slot: SlotCircle[], need = MIN_VOLUNTEERS): number {
  const order = [...slot.filter((c) => c.circleId !== circleId), ...slot.filter((c) => c.circleId === circleId)]
  const seats = order.flatMap((c) => Array.from({ length: Math.max(0, Math.min(need, c.seats ?? need)) }, () => c))
  const holder = new Map<string, number>()
  const seat = (i: number, seen: Set<string>): boolean => {
    for (const v of seats[i]!.free) {
      if (seen.has(v)) continue
      seen.add(v)
      const held = holder.get(v)
      if (held === undefined || seat(held, seen)) {
        holder.set(v, i)
        return true
      }
    }
    return false
  }
  return seats.filter((c, i) => seat(i, new Set()) && c.circleId === circleId).length
}
