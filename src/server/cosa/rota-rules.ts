import { dayNumber, formatClock, localSpan, parseClock, type LocalSpan } from './rota-time'

// The rota rules for Circles of Support and Accountability, kept free of the database so the same
// checks run when the coordinator saves a rota, when a proposal is built and in unit tests.

export type RotaVolunteer = {
  id: string
  firstName: string
  /** Enhanced DBS is valid through this London date (issue + 3 years). */
  dbsExpiresOn: string | null
  /** Initial training must be completed on or before the meeting date. */
  trainingCompletedOn: string | null
  /** null = refresher training does not expire. */
  trainingExpiresOn: string | null
  /** How many different circles they may serve in at once. */
  maxCircles: number
  /** Circles they already serve in, as a regular or cover member. */
  circleIds: string[]
  /** weekday 1 = Mon … 7 = Sun; 'HH:MM' London times, `from` before `to`. */
  availability: { weekday: number; from: string; to: string }[]
  /** ISO dates, inclusive. */
  leave: { from: string; to: string }[]
  /** offenderIds of core members they must not be placed with. */
  nonAssociations: string[]
}
/** startsAt / endsAt are UTC instants ('…Z'); the meeting occupies [startsAt, endsAt). */
export type RotaMeeting = { id: string; circleId: string; coreMemberId: string; startsAt: string; endsAt: string }
export type RotaAssignment = { meetingId: string; volunteerId: string }

export type ConflictRule =
  | 'DBS_EXPIRED'
  | 'TRAINING_INCOMPLETE'
  | 'TRAINING_EXPIRED'
  | 'NON_ASSOCIATION'
  | 'DOUBLE_BOOKED'
  | 'UNAVAILABLE'
  | 'ON_LEAVE'
  | 'TOO_FEW_VOLUNTEERS'
  | 'TOO_MANY_CIRCLES'
export type Conflict = {
  rule: ConflictRule
  /** hard: can never be saved; soft: saved only with an override reason, which the caller records. */
  severity: 'hard' | 'soft'
  meetingId: string
  volunteerId?: string
  /** DOUBLE_BOOKED: the overlapping meeting. */
  otherMeetingId?: string
  /** DOUBLE_BOOKED with a meeting of a circle the viewer may not see: its id dropped (sealedConflict, ADR 0023). */
  otherRestricted?: true
  /** Details for the message. A missing DBS or training date gives no values. */
  values?: Record<string, string | number>
}

/** Meets the safeguarding rule that a volunteer is never alone with the core member. */
export const MIN_VOLUNTEERS = 2

export type PreparedMeeting = RotaMeeting & { span: LocalSpan }
export type PreparedVolunteer = {
  volunteer: RotaVolunteer
  circleIds: Set<string>
  nonAssociations: Set<string>
  /** Index 1–7 by weekday: [from, to) minute windows. */
  windows: [number, number][][]
}

function indexById<T extends { id: string }, P>(items: T[], prepare: (item: T) => P, what: string): Map<string, P> {
  const map = new Map<string, P>()
  for (const item of items) {
    if (map.has(item.id)) throw new Error(`Duplicate ${what} id ${item.id}`)
    map.set(item.id, prepare(item))
  }
  return map
}

export const prepareMeetings = (meetings: RotaMeeting[]) => indexById(meetings, (m): PreparedMeeting => ({ ...m, span: localSpan(m.startsAt, m.endsAt) }), 'meeting')

// Malformed dates would otherwise compare as strings and silently pass or fail a rule, so they throw here.
function prepareVolunteer(v: RotaVolunteer): PreparedVolunteer {
  for (const date of [v.dbsExpiresOn, v.trainingCompletedOn, v.trainingExpiresOn]) if (date !== null) dayNumber(date)
  for (const l of v.leave) if (dayNumber(l.from) > dayNumber(l.to)) throw new Error(`Leave ends before it starts for volunteer ${v.id}`)
  const windows: [number, number][][] = Array.from({ length: 8 }, () => [])
  for (const a of v.availability) {
    const from = parseClock(a.from)
    const to = parseClock(a.to)
    if (!Number.isInteger(a.weekday) || a.weekday < 1 || a.weekday > 7 || from >= to) throw new Error(`Bad availability window for volunteer ${v.id}`)
    windows[a.weekday]?.push([from, to])
  }
  return { volunteer: v, circleIds: new Set(v.circleIds), nonAssociations: new Set(v.nonAssociations), windows }
}

export const prepareVolunteers = (volunteers: RotaVolunteer[]) => indexById(volunteers, prepareVolunteer, 'volunteer')

/** Conflicts that depend only on this volunteer and this meeting, not on the rest of the rota. */
export function pairConflicts(m: PreparedMeeting, p: PreparedVolunteer): Conflict[] {
  const v = p.volunteer
  const { date, weekday, fromMinute, toMinute } = m.span
  const out: Conflict[] = []
  const add = (rule: ConflictRule, severity: Conflict['severity'], values?: Conflict['values']) =>
    out.push({ rule, severity, meetingId: m.id, volunteerId: v.id, ...(values ? { values } : {}) })

  // ISO dates order as strings; "valid through" means the expiry date itself is still fine.
  if (v.dbsExpiresOn === null) add('DBS_EXPIRED', 'hard')
  else if (v.dbsExpiresOn < date) add('DBS_EXPIRED', 'hard', { expiredOn: v.dbsExpiresOn })
  if (v.trainingCompletedOn === null) add('TRAINING_INCOMPLETE', 'hard')
  else if (v.trainingCompletedOn > date) add('TRAINING_INCOMPLETE', 'hard', { completedOn: v.trainingCompletedOn })
  if (v.trainingExpiresOn !== null && v.trainingExpiresOn < date) add('TRAINING_EXPIRED', 'hard', { expiredOn: v.trainingExpiresOn })
  if (p.nonAssociations.has(m.coreMemberId)) add('NON_ASSOCIATION', 'hard')
  // One window must hold the whole meeting: a volunteer free 18:00–19:00 cannot do 19:00–20:30.
  if (!(p.windows[weekday] ?? []).some(([from, to]) => from <= fromMinute && toMinute <= to))
    add('UNAVAILABLE', 'soft', { weekday, from: formatClock(fromMinute), to: formatClock(toMinute) })
  const leave = v.leave.find((l) => l.from <= date && date <= l.to)
  if (leave) add('ON_LEAVE', 'soft', { from: leave.from, to: leave.to })
  return out
}

/** The circles rule for one volunteer, given every circle they would then meet with. */
export function exceedsCircles(p: PreparedVolunteer, circleId: string, circlesServed: number): boolean {
  return !p.circleIds.has(circleId) && circlesServed > p.volunteer.maxCircles
}

/**
 * Every reason one volunteer cannot take one place on a meeting: the pair rules, a booking of theirs that overlaps
 * it (`overlapping`), and their circle limit given how many circles they would then serve. The proposal, cover
 * suggestions, the meeting page and the pattern check all ask this one function (issue 16 items 8–10).
 */
export function placeConflicts(m: PreparedMeeting, p: PreparedVolunteer, overlapping: PreparedMeeting | undefined, circlesServed: number): Conflict[] {
  const out = pairConflicts(m, p)
  const volunteerId = p.volunteer.id
  if (overlapping) out.push({ rule: 'DOUBLE_BOOKED', severity: 'hard', meetingId: m.id, volunteerId, otherMeetingId: overlapping.id })
  if (exceedsCircles(p, m.circleId, circlesServed))
    out.push({ rule: 'TOO_MANY_CIRCLES', severity: 'soft', meetingId: m.id, volunteerId, values: { limit: p.volunteer.maxCircles, count: circlesServed } })
  return out
}

// Sorted by start, each meeting only needs comparing with those that start before it ends.
function doubleBookings(volunteerId: string, meetings: PreparedMeeting[]): Conflict[] {
  const sorted = [...meetings].sort((a, b) => a.span.startMs - b.span.startMs)
  const out: Conflict[] = []
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!
    for (let j = i + 1; j < sorted.length && sorted[j]!.span.startMs < a.span.endMs; j++) {
      const b = sorted[j]!
      out.push({ rule: 'DOUBLE_BOOKED', severity: 'hard', meetingId: a.id, volunteerId, otherMeetingId: b.id })
      out.push({ rule: 'DOUBLE_BOOKED', severity: 'hard', meetingId: b.id, volunteerId, otherMeetingId: a.id })
    }
  }
  return out
}

function compareConflicts(meetings: Map<string, PreparedMeeting>) {
  const key = (c: Conflict) => [c.meetingId, c.rule, c.volunteerId ?? '', c.otherMeetingId ?? '']
  return (a: Conflict, b: Conflict) => {
    const byStart = meetings.get(a.meetingId)!.span.startMs - meetings.get(b.meetingId)!.span.startMs
    if (byStart !== 0) return byStart
    const ka = key(a)
    const kb = key(b)
    const i = ka.findIndex((x, n) => x !== kb[n])
    return i < 0 ? 0 : ka[i]! < kb[i]! ? -1 : 1
  }
}

/** Each (meeting, volunteer) pair once; an assignment naming an unknown meeting or volunteer is a bug in the caller. */
export function groupAssignments(meetings: Map<string, PreparedMeeting>, volunteers: Map<string, PreparedVolunteer>, assignments: RotaAssignment[]) {
  const byVolunteer = new Map<string, PreparedMeeting[]>()
  const byMeeting = new Map<string, Set<string>>()
  for (const a of assignments) {
    const m = meetings.get(a.meetingId)
    if (!m) throw new Error(`Assignment to unknown meeting ${a.meetingId}`)
    if (!volunteers.has(a.volunteerId)) throw new Error(`Assignment of unknown volunteer ${a.volunteerId}`)
    const onMeeting = byMeeting.get(m.id) ?? byMeeting.set(m.id, new Set()).get(m.id)!
    if (onMeeting.has(a.volunteerId)) continue
    onMeeting.add(a.volunteerId)
    const list = byVolunteer.get(a.volunteerId) ?? byVolunteer.set(a.volunteerId, []).get(a.volunteerId)!
    list.push(m)
  }
  return { byVolunteer, byMeeting }
}

export function checkRota(meetings: RotaMeeting[], volunteers: RotaVolunteer[], assignments: RotaAssignment[]): Conflict[] {
  const ms = prepareMeetings(meetings)
  const vs = prepareVolunteers(volunteers)
  const { byVolunteer, byMeeting } = groupAssignments(ms, vs, assignments)
  const out: Conflict[] = []
  for (const [volunteerId, list] of byVolunteer) {
    const p = vs.get(volunteerId)!
    for (const m of list) out.push(...pairConflicts(m, p))
    out.push(...doubleBookings(volunteerId, list))
    const served = new Set([...p.circleIds, ...list.map((m) => m.circleId)])
    for (const m of list)
      if (exceedsCircles(p, m.circleId, served.size))
        out.push({ rule: 'TOO_MANY_CIRCLES', severity: 'soft', meetingId: m.id, volunteerId, values: { limit: p.volunteer.maxCircles, count: served.size } })
  }
  for (const m of ms.values()) {
    const count = byMeeting.get(m.id)?.size ?? 0
    if (count < MIN_VOLUNTEERS) out.push({ rule: 'TOO_FEW_VOLUNTEERS', severity: 'hard', meetingId: m.id, values: { count } })
  }
  return out.sort(compareConflicts(ms))
}

export const hardConflicts = (conflicts: Conflict[]) => conflicts.filter((c) => c.severity === 'hard')
export const softConflicts = (conflicts: Conflict[]) => conflicts.filter((c) => c.severity === 'soft')
