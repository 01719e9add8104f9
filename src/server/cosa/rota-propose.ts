import {
  checkRota,
  groupAssignments,
  MIN_VOLUNTEERS,
  placeConflicts,
  prepareMeetings,
  prepareVolunteers,
  type Conflict,
  type PreparedMeeting,
  type PreparedVolunteer,
  type RotaAssignment,
  type RotaMeeting,
  type RotaVolunteer,
} from './rota-rules'

export type CircleMember = { circleId: string; volunteerId: string; kind: 'REGULAR' | 'COVER' }
export type ProposeRotaInput = {
  meetings: RotaMeeting[]
  volunteers: RotaVolunteer[]
  members: CircleMember[]
  /** Already on the rota; kept exactly as given and counted when checking new places. */
  existing?: RotaAssignment[]
  /** Volunteers wanted per meeting; default 3, never fewer than 2. */
  target?: number
  /** Places never to propose: whoever was taken off or declined that meeting (COSA break test item 2). */
  excluded?: RotaAssignment[]
}
export type SuggestCoverInput = Omit<ProposeRotaInput, 'target'> & {
  assignments: RotaAssignment[]
  /** Vetted volunteers of the provider's wider pool who may cover outside their own circles. */
  pool?: string[]
  /** Volunteers never to suggest for this meeting. */
  exclude?: string[]
}

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
function overlapping(load: Load, m: PreparedMeeting): PreparedMeeting | undefined {
  for (let i = firstStartingAtOrAfter(load.bookings, m.span.startMs - load.longestMs); i < load.bookings.length; i++) {
    const b = load.bookings[i]!
    if (b.span.startMs >= m.span.endMs) return undefined
    if (b.span.endMs > m.span.startMs && b.id !== m.id) return b
  }
  return undefined
}

/** Every conflict adding this one place would raise, by the rules of rota-rules.ts. */
function blockers(m: PreparedMeeting, p: PreparedVolunteer, load: Load): Conflict[] {
  const served = load.circles.size + (load.circles.has(m.circleId) ? 0 : 1)
  return placeConflicts(m, p, overlapping(load, m), served)
}

/** Whether adding this one place would raise any conflict, hard or soft, anywhere in the rota. */
const fits = (m: PreparedMeeting, p: PreparedVolunteer, load: Load) => blockers(m, p, load).length === 0

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
  const excluded = new Set((input.excluded ?? []).map((a) => `${a.meetingId}:${a.volunteerId}`))
  return { meetings, volunteers, byMeeting, loads, circles, excluded }
}

type Prepared = ReturnType<typeof prepare>

/**
 * Members of the meeting's circle not yet on it, nor taken off or declined it, who fit without conflict: regulars
 * first, then those fewest other meetings at that time still short of `upTo` could also take (`rivals`: a volunteer
 * shared with another circle meeting then goes where nobody else can, break test of issue 16 D4), then the lightest
 * load, then id.
 */
function candidates(s: Prepared, m: PreparedMeeting, placed: RotaAssignment[], rivals: PreparedMeeting[], short: (r: PreparedMeeting) => boolean): string[] {
  const onMeeting = s.byMeeting.get(m.id)
  const rank = (kind: CircleMember['kind']) => (kind === 'REGULAR' ? 0 : 1)
  const wantedElsewhere = (id: string) => rivals.filter((r) => short(r) && s.circles.get(r.circleId)?.has(id) && !s.excluded.has(`${r.id}:${id}`)).length
  return [...(s.circles.get(m.circleId) ?? [])]
    .filter(([id]) => !onMeeting?.has(id) && !placed.some((a) => a.volunteerId === id) && !s.excluded.has(`${m.id}:${id}`) && fits(m, s.volunteers.get(id)!, s.loads.get(id)!))
    .map(([id, kind]) => ({ id, rank: rank(kind), scarce: wantedElsewhere(id), count: s.loads.get(id)!.count }))
    .sort((a, b) => a.rank - b.rank || a.scarce - b.scarce || a.count - b.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((c) => c.id)
}

/** For each meeting (sorted by start), the others whose time overlaps it. */
function overlaps(inOrder: PreparedMeeting[]): Map<string, PreparedMeeting[]> {
  const found = new Map<string, PreparedMeeting[]>(inOrder.map((m) => [m.id, []]))
  inOrder.forEach((m, i) => {
    for (let j = i + 1; j < inOrder.length && inOrder[j]!.span.startMs < m.span.endMs; j++) {
      found.get(m.id)!.push(inOrder[j]!)
      found.get(inOrder[j]!.id)!.push(m)
    }
  })
  return found
}

/**
 * Greedy and deterministic, in two rounds: first every meeting, in time order, is brought up to the minimum of
 * two, and only then is any meeting filled to the target. So circles that share volunteers at the same hour are
 * staffed 2 + 2 rather than 3 + 1 (walk-through D4 of issue 16: "the load shared fairly"). Each place goes to a
 * member of the meeting's own circle who raises no conflict at all, so whatever it proposes can be saved without
 * an override. Meetings it cannot fill to two are left short and reported rather than filled with someone who
 * breaks a rule. Returns the existing assignments, then the new ones in meeting order, and every conflict left.
 */
export function proposeRota(input: ProposeRotaInput): { assignments: RotaAssignment[]; conflicts: Conflict[] } {
  const existing = input.existing ?? []
  const asked = input.target ?? 3
  const target = Number.isFinite(asked) ? Math.max(MIN_VOLUNTEERS, Math.floor(asked)) : 3
  const s = prepare(input, existing)
  const inOrder = [...s.meetings.values()].sort((a, b) => a.span.startMs - b.span.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const added = new Map<string, RotaAssignment[]>()
  const atThatTime = overlaps(inOrder)
  const staffed = (m: PreparedMeeting) => (s.byMeeting.get(m.id)?.size ?? 0) + (added.get(m.id)?.length ?? 0)
  for (const upTo of [MIN_VOLUNTEERS, target]) {
    for (const m of inOrder) {
      const placed = added.get(m.id) ?? []
      const wanted = upTo - staffed(m)
      if (wanted <= 0) continue
      for (const volunteerId of candidates(s, m, placed, atThatTime.get(m.id)!, (r) => staffed(r) < upTo).slice(0, wanted)) {
        book(s.loads.get(volunteerId)!, m)
        placed.push({ meetingId: m.id, volunteerId })
      }
      added.set(m.id, placed)
    }
  }
  const assignments = [...existing, ...inOrder.flatMap((m) => added.get(m.id) ?? [])]
  return { assignments, conflicts: checkRota(input.meetings, input.volunteers, assignments) }
}

export type Placement = {
  volunteerId: string
  /** Their place in the meeting's circle; null for a volunteer of the wider pool. */
  kind: CircleMember['kind'] | null
  onMeeting: boolean
  /** Every reason they cannot take a place on it (none for those already on it). */
  conflicts: Conflict[]
  /** Places they already hold in the window, to share the load fairly. */
  load: number
}

/**
 * For one meeting: every volunteer of its circle, then each of `input.pool` (ids of vetted volunteers of the wider
 * pool) who is not in it, with every reason from rota-rules.ts they cannot take a place — the same rules the
 * proposal applies, so the meeting page shows up front what a proposal or an assignment would meet (issue 16 item 9).
 */
export function placements(meetingId: string, input: SuggestCoverInput): Placement[] {
  return placementsOf([meetingId], input).get(meetingId)!
}

/** placements() for several meetings of one rota at once (the rota page explains every short meeting). */
export function placementsOf(meetingIds: string[], input: SuggestCoverInput): Map<string, Placement[]> {
  const s = prepare(input, [...(input.existing ?? []), ...input.assignments])
  return new Map(meetingIds.map((id) => [id, placementsIn(s, id, input.pool ?? [])]))
}

function placementsIn(s: Prepared, meetingId: string, pool: string[]): Placement[] {
  const m = s.meetings.get(meetingId)
  if (!m) throw new Error(`Unknown meeting ${meetingId}`)
  const members = s.circles.get(m.circleId) ?? new Map<string, CircleMember['kind']>()
  const on = s.byMeeting.get(m.id)
  const ids = [...members.keys(), ...pool.filter((id) => !members.has(id))]
  return ids.map((id) => {
    const p = s.volunteers.get(id)
    if (!p) throw new Error(`Unknown volunteer ${id}`)
    const load = s.loads.get(id)!
    const onMeeting = on?.has(id) ?? false
    return { volunteerId: id, kind: members.get(id) ?? null, onMeeting, conflicts: onMeeting ? [] : blockers(m, p, load), load: load.count }
  })
}

/**
 * Who could step in when a volunteer drops out of one meeting: those free without any conflict, never anyone in
 * `exclude` (removed from or declined this meeting, issue 16 item 10); the circle's regulars, then its cover
 * volunteers, then the wider pool, each lightest load first. The caller removes the dropout from `assignments`.
 */
export function suggestCover(meetingId: string, input: SuggestCoverInput): string[] {
  const exclude = new Set(input.exclude ?? [])
  const rank = (p: Placement) => (p.kind === 'REGULAR' ? 0 : p.kind === 'COVER' ? 1 : 2)
  return placements(meetingId, input)
    .filter((p) => !p.onMeeting && !exclude.has(p.volunteerId) && p.conflicts.length === 0)
    .sort((a, b) => rank(a) - rank(b) || a.load - b.load || (a.volunteerId < b.volunteerId ? -1 : a.volunteerId > b.volunteerId ? 1 : 0))
    .map((p) => p.volunteerId)
}
