import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { londonMidnight as londonDay } from '../../lib/dates'
import type { TTimelineQuery } from './timeline.schemas'

/** An instant as the UTC timestamp (without time zone) the columns hold, whatever the session's time zone. */
const utc = (d: Date) => Prisma.sql`(${d.toISOString()}::timestamptz AT TIME ZONE 'UTC')`

/**
 * The bounds every timeline source shares (ADR 0008 addendum), on the table aliased `t`: the London days from `from`
 * to `to` inclusive, and strictly before the keyset cursor on the unique key (occurredAt, id), so the merged page
 * of the sources is exactly their union's next page.
 * @param t the source table's alias in the query (Prisma.raw of a fixed name, never user input)
 */
export function timelineBounds(q: TTimelineQuery, t: Prisma.Sql): Prisma.Sql[] {
  const out: Prisma.Sql[] = []
  if (q.from) out.push(Prisma.sql`${t}."occurredAt" >= ${utc(londonDay(q.from))}`)
  if (q.to) out.push(Prisma.sql`${t}."occurredAt" < ${utc(londonDay(q.to, 1))}`)
  if (q.before) {
    const cut = q.before.lastIndexOf('_')
    out.push(Prisma.sql`(${t}."occurredAt", ${t}.id) < (${utc(new Date(q.before.slice(0, cut)))}, ${q.before.slice(cut + 1)}::uuid)`)
  }
  return out
}
