import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { containsPattern } from '../../lib/literal-search'
import { prisma } from '../db'
import type { ContactEntry } from '../offenders/offender-record.select'
import { timelineBounds } from './timeline-bounds'
import { COURT, type TTimelineQuery } from './timeline.schemas'

type Row = Omit<ContactEntry, 'author' | 'authorAgency'> & { authorName: string; agencyName: string; agencyNameCy: string | null }

/** The form's filters on contacts: type, author's agency, compliance (enforcement = warning, breach or recall), keyword. */
function filters(q: TTimelineQuery): Prisma.Sql[] {
  const out: Prisma.Sql[] = []
  if (q.type) out.push(Prisma.sql`c.type::text = ${q.type}`)
  if (q.agencyId) out.push(Prisma.sql`c."authorAgencyId" = ${q.agencyId}::uuid`)
  if (q.compliance) out.push(q.compliance === 'ENFORCEMENT' ? Prisma.sql`c.outcome::text IN ('WARNING', 'BREACH', 'RECALL')` : Prisma.sql`c.outcome::text = ${q.compliance}`)
  // Literal, case-insensitive (issue 15 item 5), as Prisma's `contains` with mode insensitive.
  if (q.q) out.push(Prisma.sql`c.notes ILIKE ${containsPattern(q.q)} ESCAPE '\\'`)
  return out
}

/**
 * The timeline's contacts (issue 18 item 1): the person's own entries, sensitive ones only when `includeSensitive`
 * (field scope, security.md AC-4: they never leave the database otherwise), with author and agency, newest first on
 * (occurredAt, id), at most `take`, in ONE query where Prisma's nested reads took three.
 * Output: entries shaped as contactSelect (offender-record.select.ts), tagged kind 'contact'.
 */
export async function timelineContacts(offenderId: string, includeSensitive: boolean, q: TTimelineQuery, take: number) {
  if (q.type === COURT) return []
  const where = [Prisma.sql`c."offenderId" = ${offenderId}::uuid`, ...(includeSensitive ? [] : [Prisma.sql`NOT c."isSensitive"`]), ...filters(q), ...timelineBounds(q, Prisma.raw('c'))]
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT c.id::text AS id, c.type::text AS type, c."occurredAt", c.outcome::text AS outcome, c.notes, c.event, c."eventValues",
      c."isSensitive", c.location, c."cancelledAt", c."cancelReason", c."absenceReason", c.version, c."authorId"::text AS "authorId",
      u.name AS "authorName", a.name AS "agencyName", a."nameCy" AS "agencyNameCy"
    FROM "Contact" c JOIN "User" u ON u.id = c."authorId" JOIN "Agency" a ON a.id = c."authorAgencyId"
    WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY c."occurredAt" DESC, c.id DESC
    LIMIT ${take}`
  return rows.map(({ authorName, agencyName, agencyNameCy, ...c }) => ({ kind: 'contact' as const, ...c, author: { name: authorName }, authorAgency: { name: agencyName, nameCy: agencyNameCy } }))
}
