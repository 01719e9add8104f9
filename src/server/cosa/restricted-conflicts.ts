import 'server-only'
import type { Actor } from '../policy'
import { rotaCoreMembers } from './rota-core-members'
import type { Conflict } from './rota-rules'

/**
 * The meetings, among those given, of circles whose core member the viewer may not see (excluded, or restricted to
 * others): the other side of a double booking that must not be named. Input: meetings with their circle. Output: ids.
 */
export async function restrictedMeetingIds(actor: Actor, meetings: { id: string; circleId: string }[]): Promise<Set<string>> {
  const named = await rotaCoreMembers(actor, meetings.map((m) => m.circleId))
  return new Set(meetings.filter((m) => (named.get(m.circleId)?.crn ?? null) === null).map((m) => m.id))
}

/**
 * A conflict as the viewer may read it (issue 17, h17c item 2; ADR 0023): double booked with a meeting of a circle
 * they may not see, it keeps the rule and the volunteer but drops the other meeting's id and says `otherRestricted`,
 * so the page reads "another circle's meeting (restricted)" with no id, link or name. Any other conflict as it is.
 */
export function sealedConflict<C extends Conflict>(c: C, hidden: Set<string>): C {
  return c.otherMeetingId && hidden.has(c.otherMeetingId) ? { ...c, otherMeetingId: undefined, otherRestricted: true } : c
}
