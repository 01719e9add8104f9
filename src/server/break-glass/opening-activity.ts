import 'server-only'
import { prisma } from '../db'

type Opening = { id: string; userId: string; offenderId: string; from: Date; until: Date }
export type OpeningActivity = { action: string; count: number }[]

/**
 * What each opener did with the record while their break-glass access lasted, from the audit log (walk 51 F8: the
 * data protection lead reviews a reason, opens no record, and must judge whether what was looked at fitted it).
 * Input: the openings of one review page (at most a page, 50). Output: opening id → the audit actions the opener
 * wrote on that person between the access's start and end, with how many times each, most frequent first; the
 * opening itself is left out. One query over the audit log's (offender, time) index. Raises nothing of its own.
 */
export async function activityDuringOpenings(openings: Opening[]): Promise<Map<string, OpeningActivity>> {
  const found = new Map<string, OpeningActivity>(openings.map((o) => [o.id, []]))
  if (openings.length === 0) return found
  // Times go as UTC text: the audit and access columns are timestamps without a zone, holding UTC.
  const rows = await prisma.$queryRaw<{ id: string; action: string; count: number }[]>`
    SELECT o.id::text AS id, e.action, count(*)::int AS count
    FROM unnest(${openings.map((o) => o.id)}::uuid[], ${openings.map((o) => o.userId)}::uuid[], ${openings.map((o) => o.offenderId)}::uuid[],
                ${openings.map((o) => o.from.toISOString())}::timestamp[], ${openings.map((o) => o.until.toISOString())}::timestamp[]) AS o(id, user_id, offender_id, starts, ends)
    JOIN "AuditEvent" e ON e."offenderId" = o.offender_id AND e."actorUserId" = o.user_id
                       AND e."occurredAt" >= o.starts AND e."occurredAt" < o.ends AND e.action <> 'offender.breakGlass'
    GROUP BY o.id, e.action
    ORDER BY count(*) DESC, e.action`
  for (const r of rows) found.get(r.id)?.push({ action: r.action, count: r.count })
  return found
}
