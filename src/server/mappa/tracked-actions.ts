import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import type { Region } from '../../generated/prisma/enums'
import { todayInLondon } from '../../lib/dates'
import { prisma } from '../db'
import type { TrackerSort, TTrackerQuery } from './tracker.schemas'

export type TrackedKind = 'MEETING' | 'REVIEW'
export type TrackedRef = { id: string; kind: TrackedKind }

const agencyName = (cy: boolean) => (cy ? Prisma.sql`COALESCE(NULLIF(ag."nameCy", ''), ag.name)` : Prisma.sql`ag.name`)

// Meeting actions and review actions as one list (issue 16 item 5): Prisma cannot order or page over a union, so the
// union, filters, order and keyset are one SQL statement (ADR 0012). Every value is a bound parameter.
function listed(area: Region, q: TTrackerQuery, cy: boolean) {
  const today = todayInLondon()
  const open = Prisma.sql`t.status IN ('OPEN', 'IN_PROGRESS')`
  const conditions = [
    q.status && Prisma.sql`t.status = ${q.status}::"MappaActionStatus"`,
    q.overdue && Prisma.sql`${open} AND t."dueDate" < ${today}::date`,
    q.dueWithin && Prisma.sql`${open} AND t."dueDate" BETWEEN ${today}::date AND ${today}::date + ${q.dueWithin}::int`,
    q.dueFrom && Prisma.sql`t."dueDate" >= ${q.dueFrom}::date`,
    q.dueTo && Prisma.sql`t."dueDate" <= ${q.dueTo}::date`,
    q.agency && Prisma.sql`t."ownerAgencyId" = ${q.agency}::uuid`,
    q.owner && Prisma.sql`t."ownerUserId" = ${q.owner}::uuid`,
    q.source && Prisma.sql`t.kind = ${q.source.kind === 'meeting' ? 'MEETING' : 'REVIEW'} AND t."sourceId" = ${q.source.id}::uuid`,
  ].filter((c): c is Prisma.Sql => Boolean(c))
  const where = conditions.length ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`
  return Prisma.sql`WITH tracked AS (
      SELECT a.id, 'MEETING' AS kind, a."meetingId" AS "sourceId", a."ownerAgencyId", a."ownerUserId", a."dueDate", a.status,
             ${agencyName(cy)} AS "agencyName", COALESCE(u.name, ${agencyName(cy)}) AS "ownerName"
      FROM "MappaAction" a JOIN "MappaMeeting" m ON m.id = a."meetingId" JOIN "Agency" ag ON ag.id = a."ownerAgencyId"
      LEFT JOIN "User" u ON u.id = a."ownerUserId"
      WHERE m.area = ${area}::"Region"
      UNION ALL
      SELECT r.id, 'REVIEW', r."reviewId", r."ownerAgencyId", NULL::uuid, r."dueDate", r.status, ${agencyName(cy)}, ${agencyName(cy)}
      FROM "MappaReviewAction" r JOIN "MappaSeriousCaseReview" s ON s.id = r."reviewId" JOIN "Agency" ag ON ag.id = r."ownerAgencyId"
      WHERE s.area = ${area}::"Region"
    ), listed AS (SELECT t.* FROM tracked t WHERE ${where})`
}

// The sort keys: fixed SQL, chosen by name, never built from input. Status sorts in its workflow order (the enum's).
// Every key but the due date is followed by the due date, the same way, so rows of one agency, owner or status are in
// due order (walk-through D10 of issue 16: jumbled within an agency); the id last makes the order total.
const sortKey: Record<TrackerSort, Prisma.Sql> = {
  due: Prisma.sql`l."dueDate"`,
  agency: Prisma.sql`l."agencyName", l."dueDate"`,
  owner: Prisma.sql`l."ownerName", l."dueDate"`,
  status: Prisma.sql`l.status, l."dueDate"`,
}
const orderOf: Record<TrackerSort, (dir: Prisma.Sql) => Prisma.Sql> = {
  due: (d) => Prisma.sql`l."dueDate" ${d}`,
  agency: (d) => Prisma.sql`l."agencyName" ${d}, l."dueDate" ${d}`,
  owner: (d) => Prisma.sql`l."ownerName" ${d}, l."dueDate" ${d}`,
  status: (d) => Prisma.sql`l.status ${d}, l."dueDate" ${d}`,
}

/**
 * One keyset page of the area's tracked actions, ids only, in display order: filtered (status, overdue, due within N
 * London days, due range, owner agency, owner, meeting or review) and sorted by one key then the id, all in one query.
 * A cursor is looked up inside the same filters, so it never reaches outside them; one that no longer matches starts
 * from the top, as in every keyset list.
 * @param p.cy sort agency and owner names as the Welsh reader sees them
 * @param p.take rows wanted; one more is read to know whether a next page exists
 * @returns the page, whether pages exist either side, and the total matching
 */
export async function pickTrackedActions(area: Region, q: TTrackerQuery, p: { cy: boolean; take: number }) {
  const cte = listed(area, q, p.cy)
  const cursor = q.after ?? q.before ?? null
  const [found] = cursor ? await prisma.$queryRaw<{ n: number }[]>`${cte} SELECT count(*)::int AS n FROM listed WHERE id = ${cursor}::uuid` : [{ n: 0 }]
  const boundary = Boolean(found?.n)
  const backwards = boundary && !q.after && Boolean(q.before)
  const asc = (q.dir ?? 'asc') === 'asc' !== backwards
  const key = sortKey[q.sort ?? 'due']
  const order = orderOf[q.sort ?? 'due']
  const [cmp, dir] = asc ? [Prisma.sql`>`, Prisma.sql`ASC`] : [Prisma.sql`<`, Prisma.sql`DESC`]
  const after = boundary ? Prisma.sql`(${key}, l.id) ${cmp} (SELECT ${key}, l.id FROM listed l WHERE l.id = ${cursor}::uuid)` : Prisma.sql`TRUE`
  const [rows, [total]] = await Promise.all([
    prisma.$queryRaw<TrackedRef[]>`${cte} SELECT l.id::text AS id, l.kind FROM listed l WHERE ${after} ORDER BY ${order(dir)}, l.id ${dir} LIMIT ${p.take + 1}`,
    prisma.$queryRaw<{ n: number }[]>`${cte} SELECT count(*)::int AS n FROM listed`,
  ])
  const more = rows.length > p.take
  const page = rows.slice(0, p.take)
  if (backwards) return { refs: page.reverse(), hasNext: true, hasPrevious: more, total: total?.n ?? 0 }
  return { refs: page, hasNext: more, hasPrevious: boundary, total: total?.n ?? 0 }
}
