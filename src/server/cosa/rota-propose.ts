import {
  checkRota,
  exceedsCircles,
  groupAssignments,
  MIN_VOLUNTEERS,
  pairConflicts,
  prepareMeetings,
  prepareVolunteers,
  type Conflict,
  type PreparedMeeting,
  type PreparedVolunteer,
  type RotaAssignment,
  type RotaMeeting,
  type RotaVolunteer,
} from './rota-rules'
import { dateFromDayNumber, dayNumber, londonInstant, parseClock, weekdayOfDay } from './rota-time'

export type CircleMember = { circleId: string; volunteerId: string; kind: 'REGULAR' | 'COVER' }
export type ProposeRotaInput = {
  meetings: RotaMeeting[]
  volunteers: RotaVolunteer[]
  members: CircleMember[]
  /** Already on the rota; kept exactly as given and counted when checking new places. */
  existing?: RotaAssignment[]
  /** Volunteers wanted per meeting; default 3, never fewer than 2. */
  target?: number
}
export type SuggestCoverInput = Omit<ProposeRotaInput, 'target'> & { assignments: RotaAssignment[] }

/**
 * One volunteer's bookings while a rota is being built. Bookings stay sorted by start so an overlap
 * check is a binary search plus a short scan, not a pass over every meeting.
 */
type Load = { bookings: PreparedMeeting[]; longestMs: number; circles: Set<string>; count: number }

function newLoad(p: PreparedVolunteer): Load {
  return { bookings: [], longestMs: 0, circles: new Set(p.circleIds), count: 0 }
}

function firstStartingAtOrAfter(bookings: PreparedMeeting[], ms: number): number {
  let lo = 0
  let hi = bookings.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (bookings[mid]!.span.startMs < ms) lo = mid + 1
    else hi = mid
  }
  return lo
}

function book(load: Load, m: PreparedMeeting) {
  load.bookings.splice(firstStartingAtOrAfter(load.bookings, m.span.startMs), 0, m)
  load.longestMs = Math.max(load.longestMs, m.span.endMs - m.span.startMs)
  load.circles.add(m.circleId)
  load.count++
}

// A booking can only overlap if it starts less than the longest booking's length before this meeting.
function overlaps(load: Load, m: PreparedMeeting): boolean {
  for (let i = firstStartingAtOrAfter(load.bookings, m.span.startMs - load.longestMs); i < load.bookings.length; i++) {
    const b = load.bookings[i]!
    if (b.span.startMs >= m.span.endMs) return false
    if (b.span.endMs > m.span.startMs) return true
  }
  return false
}

/** Whether adding this one place would raise any conflict, hard or soft, anywhere in the rota. */
function fits(m: PreparedMeeting, p: PreparedVolunteer, load: Load): boolean {
  const served = load.circles.size + (load.circles.has(m.circleId) ? 0 : 1)
  return !exceedsCircles(p, m.circleId, served) && !overlaps(load, m) && pairConflicts(m, p).length === 0
}

function prepare(input: Omit<ProposeRotaInput, 'target'>, current: RotaAssignment[]) {
  const meetings = prepareMeetings(input.meetings)
  const volunteers = prepareVolunteers(input.volunteers)
  const { byVolunteer, byMeeting } = groupAssignments(meetings, volunteers, current)
  const loads = new Map<string, Load>()
  for (const [id, p] of volunteers) {
    const load = newLoad(p)
    for (const m of byVolunteer.get(id) ?? []) book(load, m)
    loads.set(id, load)
  }
  // A volunteer listed twice for a circle counts as a regular: the stronger tie wins.
  const circles = new Map<string, Map<string, CircleMember['kind']>>()
  for (const { circleId, volunteerId, kind } of input.members) {
    if (!volunteers.has(volunteerId)) throw new Error(`Circle member is an unknown volunteer ${volunteerId}`)
    const members = circles.get(circleId) ?? circles.set(circleId, new Map()).get(circleId)!
    if (members.get(volunteerId) !== 'REGULAR') members.set(volunteerId, kind)
  }
  return { meetings, volunteers, byMeeting, loads, circles }
}

type Prepared = ReturnType<typeof prepare>

/** Members of the meeting's circle not yet on it who fit without conflict: regulars first, then the lightest load, then id. */
function candidates(s: Prepared, m: PreparedMeeting): string[] {
  const onMeeting = s.byMeeting.get(m.id)
  const rank = (kind: CircleMember['kind']) => (kind === 'REGULAR' ? 0 : 1)
  return [...(s.circles.get(m.circleId) ?? [])]
    .filter(([id]) => !onMeeting?.has(id) && fits(m, s.volunteers.get(id)!, s.loads.get(id)!))
    .map(([id, kind]) => ({ id, rank: rank(kind), count: s.loads.get(id)!.count }))
    .sort((a, b) => a.rank - b.rank || a.count - b.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => c.id)
}

/**
 * Greedy and deterministic: meetings in time order, each filled from its own circle with volunteers who
 * raise no conflict at all, so whatever it proposes can be saved without an override. Meetings it cannot
 * fill to two are left short and reported rather than filled with someone who breaks a rule.
 */
export function proposeRota(input: ProposeRotaInput): { assignments: RotaAssignment[]; conflicts: Conflict[] } {
  const existing = input.existing ?? []
  const asked = input.target ?? 3
  const target = Number.isFinite(asked) ? Math.max(MIN_VOLUNTEERS, Math.floor(asked)) : 3
  const s = prepare(input, existing)
  const added: RotaAssignment[] = []
  const inOrder = [...s.meetings.values()].sort((a, b) => a.span.startMs - b.span.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  for (const m of inOrder) {
    const wanted = target - (s.byMeeting.get(m.id)?.size ?? 0)
    if (wanted <= 0) continue
    for (const volunteerId of candidates(s, m).slice(0, wanted)) {
      book(s.loads.get(volunteerId)!, m)
      added.push({ meetingId: m.id, volunteerId })
    }
  }
  const assignments = [...existing, ...added]
  return { assignments, conflicts: checkRota(input.meetings, input.volunteers, assignments) }
}

/** Who could step in when a volunteer drops out of one meeting (the caller removes them from `assignments` first). */
export function suggestCover(meetingId: string, input: SuggestCoverInput): string[] {
  const s = prepare(input, [...(input.existing ?? []), ...input.assignments])
  const m = s.meetings.get(meetingId)
  if (!m) throw new Error(`Unknown meeting ${meetingId}`)
  return candidates(s, m)
}

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
