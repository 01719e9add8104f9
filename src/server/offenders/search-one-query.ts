import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { normalisePnc } from '../../lib/pnc'
import { prisma } from '../db'
import { laoVisibleSql, offenderReadScopeSql, type Actor } from '../policy'
import { nameCandidatesSql } from './name-match'
import { offenderRowColumns, offenderRowData, offenderRowJoins, type OffenderRowData } from './offender-row-query'
import { toOffenderRow } from './offender.select'
import { PAGE_SIZE, type TSearchQuery } from './offender.schemas'
import { pageOfRanked } from './search-ranking'

export const CRN = /^[A-Z]\d{6}$/i

/**
 * Who a search may match, on the person aliased `o` (search-offenders.ts matchFor gives the rules): an exact CRN
 * within the read scope (a limited-access person comes back as a redacted row that shows nothing of them, ADR 0023), a PNC id
 * or a name only among people the actor may fully see (security.md AC-5).
 */
function matching(actor: Actor, q: string, now: Date): { where: Prisma.Sql; exact: boolean; candidates?: Prisma.Sql } {
  const scope = offenderReadScopeSql(actor, Prisma.raw('o'), now)
  const visible = Prisma.sql`${scope} AND ${laoVisibleSql(actor, Prisma.sql`o.id`)}`
  if (CRN.test(q)) return { where: Prisma.sql`${scope} AND o.crn = ${q.toUpperCase()}`, exact: true }
  const pnc = normalisePnc(q)
  if (pnc) return { where: Prisma.sql`${visible} AND o."pncId" = ${pnc}`, exact: true }
  return { where: Prisma.sql`${visible} AND o.id = candidates.id::uuid`, exact: false, candidates: nameCandidatesSql(q) }
}

/** The `offender.search` audit row with the number of matches, inserted by the statement that finds them (LG-1). */
function auditSql(actor: Actor, q: string, now: Date): Prisma.Sql {
  const at = Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`
  return Prisma.sql`audited AS (
    INSERT INTO "AuditEvent" ("occurredAt", "actorUserId", "actorAgencyId", "actorRoles", action, "subjectType", detail, "correlationId")
    SELECT ${at}, ${actor.userId}::uuid, ${actor.agencyId}::uuid, ${actor.roles}::text[]::"Role"[], 'offender.search', 'Offender',
      jsonb_build_object('q', ${q}::text, 'total', (SELECT count(*) FROM matched)), ${actor.sessionId}::text)`
}

type Matched = { id: string; crn: string; lastName: string; firstName: string; score: number }

/**
 * searchOffenders in as few round trips as the ranking allows (issue 18 item 1), with the general path's rules
 * (search-offenders.ts) written in SQL (offenderReadScopeSql, laoVisibleSql) and held equal to it by
 * search-one-query.int.test.ts. An exact CRN or PNC id: ONE statement finds the matches with their list-row columns
 * and inserts the audit row with their number. A name: one statement finds and scores the candidates in scope and
 * inserts the audit row; the page, ranked here (search-ranking.ts, whose English collation is Node's, not the
 * database's), then has its row details read: two round trips where the general path took three.
 * Input: the parsed query, `now` (UTC). Output: as searchOffenders. Raises only database errors.
 */
export async function searchInOneQuery(actor: Actor, query: TSearchQuery, now = new Date()) {
  const { where, exact, candidates } = matching(actor, query.q, now)
  let matched: Matched[]
  let details: OffenderRowData[]
  if (!candidates) {
    details = await prisma.$queryRaw<OffenderRowData[]>`
      WITH matched AS (SELECT o.id FROM "Offender" o WHERE ${where}), ${auditSql(actor, query.q, now)}
      SELECT ${offenderRowColumns(actor, now)} FROM "Offender" o ${offenderRowJoins} WHERE o.id IN (SELECT id FROM matched)`
    matched = details.map((d) => ({ id: d.id, crn: d.crn, lastName: d.lastName, firstName: d.firstName, score: 0 }))
  } else {
    matched = await prisma.$queryRaw<Matched[]>`
      WITH candidates AS (${candidates}),
      matched AS (SELECT o.id::text AS id, o.crn, o."lastName", o."firstName", candidates.score FROM "Offender" o, candidates WHERE ${where}),
      ${auditSql(actor, query.q, now)}
      SELECT * FROM matched`
    details = []
  }
  const { ids, hasNext, hasPrevious } = pageOfRanked(matched.map((m) => ({ ...m, exact })), { after: query.after, before: query.before, size: PAGE_SIZE })
  if (candidates) details = await offenderRowData(prisma, actor, ids, now)
  const byId = new Map(details.map((d) => [d.id, d]))
  const rows = ids.flatMap((id) => byId.get(id) ?? []).map((r) => toOffenderRow(actor, r))
  const total = matched.length
  // A redacted row comes only from an exact CRN (one person, so no other page): its id is no cursor (ADR 0023).
  const cursors = rows.some((r) => r.restricted) ? {} : { firstId: ids[0], lastId: ids.at(-1) }
  return { query, total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), rows, ...cursors, hasNext, hasPrevious }
}
