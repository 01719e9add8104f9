import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { normalisePnc } from '../../lib/pnc'
import { auditInsertSql } from '../audit/audit-sql'
import { isCrn } from '../zod-fields'
import { prisma } from '../db'
import { laoVisibleSql, offenderReadScopeSql, type Actor } from '../policy'
import { nameCandidatesSql } from './name-match'
import { offenderRowColumns, offenderRowJoins, type OffenderRowData } from './offender-row-query'
import { auditHiddenMatches } from './hidden-matches'
import { toOffenderRow } from './offender.select'
import { PAGE_SIZE, type TSearchQuery } from './offender.schemas'
import { pageOfRanked } from './search-ranking'

/**
 * Who a search may match, on the person aliased `o` (search-offenders.ts personMatch gives the rules): an exact CRN or PNC
 * id within the read scope (a limited-access person comes back as a redacted row that shows nothing of them, ADR 0023),
 * a name only among people the actor may fully see (security.md AC-5).
 */
function matching(actor: Actor, q: string, now: Date): { where: Prisma.Sql; exact: boolean; candidates?: Prisma.Sql } {
  const scope = offenderReadScopeSql(actor, Prisma.raw('o'), now)
  const visible = Prisma.sql`${scope} AND ${laoVisibleSql(actor, Prisma.sql`o.id`)}`
  if (isCrn(q)) return { where: Prisma.sql`${scope} AND o.crn = ${q.toUpperCase()}`, exact: true }
  const pnc = normalisePnc(q)
  if (pnc) return { where: Prisma.sql`${scope} AND o."pncId" = ${pnc}`, exact: true }
  return { where: Prisma.sql`${visible} AND o.id = candidates.id::uuid`, exact: false, candidates: nameCandidatesSql(q) }
}

/** The `offender.search` audit row with the number of matches, inserted by the statement that finds them (LG-1). */
function auditSql(actor: Actor, q: string, now: Date): Prisma.Sql {
  const detail = Prisma.sql`jsonb_build_object('q', ${q}::text, 'total', (SELECT count(*) FROM matched))`
  return Prisma.sql`audited AS (${auditInsertSql(actor, { action: 'offender.search', subjectType: 'Offender', detail }, now)})`
}

/** A page row of a name search: the list row's data, its place in the ranking, and the search's figures. */
type RankedRow = OffenderRowData & { pos: number | null; total: number; found: boolean }

/**
 * One keyset page of a name search in ONE statement (issue 18 item 2): the candidates (name-match.ts), those in
 * scope, the audit row with their number, their ranking, the page after (or before) the cursor's row, and the page's
 * list-row columns. The ranking is search-ranking.ts's compareRanked written in SQL: closeness, then last and first
 * name in English collation (ICU's `en`, the collation Node's Intl.Collator('en') uses), then CRN (ASCII, so "C").
 * The page is pageOfRanked's: `size` rows strictly after the boundary row, or strictly before it for `before`; one
 * more row is read to know whether there is a further page. A single row with a null id carries the figures when the
 * page is empty. Output rows: page rows in ranked order.
 */
function namePageSql(actor: Actor, query: TSearchQuery, where: Prisma.Sql, candidates: Prisma.Sql, now: Date): Prisma.Sql {
  const cursor = query.after ?? query.before ?? null
  const en = Prisma.raw('COLLATE "en-x-icu"')
  const forwards = Prisma.sql`SELECT id, pos FROM ranked, meta WHERE pos > COALESCE(meta.boundary, 0) ORDER BY pos LIMIT ${PAGE_SIZE + 1}`
  // `before` pages back from its row; a row that no longer matches starts again from the top, as pageOfRanked does.
  const page = query.before
    ? Prisma.sql`(SELECT id, pos FROM ranked, meta WHERE meta.boundary IS NOT NULL AND pos < meta.boundary ORDER BY pos DESC LIMIT ${PAGE_SIZE + 1})
      UNION ALL (SELECT id, pos FROM ranked, meta WHERE meta.boundary IS NULL ORDER BY pos LIMIT ${PAGE_SIZE + 1})`
    : forwards
  return Prisma.sql`
    WITH candidates AS (${candidates}),
    matched AS (SELECT o.id::text AS id, o.crn, o."lastName", o."firstName", candidates.score FROM "Offender" o, candidates WHERE ${where}),
    ${auditSql(actor, query.q, now)},
    ranked AS (SELECT id, row_number() OVER (ORDER BY score DESC, "lastName" ${en}, "firstName" ${en}, crn COLLATE "C") AS pos FROM matched),
    meta AS (SELECT (SELECT count(*) FROM matched)::int AS total, (SELECT pos FROM ranked WHERE id = ${cursor}::text) AS boundary)
    SELECT meta.total, meta.boundary IS NOT NULL AS found, p.pos::int AS pos, ${offenderRowColumns(actor, now)}
    FROM meta LEFT JOIN LATERAL (${page}) p ON TRUE
    LEFT JOIN "Offender" o ON o.id = p.id::uuid
    ${offenderRowJoins}
    ORDER BY p.pos`
}

/**
 * searchOffenders in one round trip (issue 18 items 1 and 2), with the general path's rules (search-offenders.ts)
 * written in SQL (offenderReadScopeSql, laoVisibleSql) and held equal to it by search-one-query.int.test.ts. An
 * exact CRN or PNC id: ONE statement finds the matches with their list-row columns and inserts the audit row with
 * their number. A name: ONE statement finds, scores, ranks and pages the candidates in scope, reads the page's rows
 * and inserts the audit row (namePageSql), where the general path took three round trips.
 * Input: the parsed query, `now` (UTC). Output: as searchOffenders. Raises only database errors.
 */
export async function searchInOneQuery(actor: Actor, query: TSearchQuery, now = new Date()) {
  const { where, exact, candidates } = matching(actor, query.q, now)
  if (candidates) return namePage(actor, query, await prisma.$queryRaw<RankedRow[]>(namePageSql(actor, query, where, candidates, now)))
  const details = await prisma.$queryRaw<OffenderRowData[]>`
    WITH matched AS (SELECT o.id FROM "Offender" o WHERE ${where}), ${auditSql(actor, query.q, now)}
    SELECT ${offenderRowColumns(actor, now)} FROM "Offender" o ${offenderRowJoins} WHERE o.id IN (SELECT id FROM matched)`
  const matched = details.map((d) => ({ id: d.id, crn: d.crn, lastName: d.lastName, firstName: d.firstName, score: 0, exact }))
  const { ids, hasNext, hasPrevious } = pageOfRanked(matched, { after: query.after, before: query.before, size: PAGE_SIZE })
  const byId = new Map(details.map((d) => [d.id, d]))
  const shown = ids.flatMap((id) => byId.get(id) ?? []).map((r) => ({ id: r.id, row: toOffenderRow(actor, r) }))
  const rows = shown.map((s) => s.row)
  // Telling someone kept from a person that the identifier they typed is that person's is on the person's audit.
  await auditHiddenMatches(actor, shown.filter((s) => s.row.restricted).map((s) => s.id), 'offender.searchMatch')
  const total = matched.length
  // A redacted row comes only from an exact CRN (one person, so no other page): its id is no cursor (ADR 0023).
  const cursors = rows.some((r) => r.restricted) ? {} : { firstId: ids[0], lastId: ids.at(-1) }
  return { query, total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), rows, ...cursors, hasNext, hasPrevious }
}

/** A name search's result from namePageSql's rows: pageOfRanked's page, neighbours and cursors (never redacted rows). */
function namePage(actor: Actor, query: TSearchQuery, result: RankedRow[]) {
  const { total, found } = result[0] ?? { total: 0, found: false }
  const read = result.filter((r) => r.id !== null)
  const backwards = found && Boolean(query.before)
  // One row beyond the page says there is a further page: before the page going backwards, after it otherwise.
  const page = read.length > PAGE_SIZE ? (backwards ? read.slice(1) : read.slice(0, PAGE_SIZE)) : read
  const rows = page.map((r) => toOffenderRow(actor, r))
  const ids = page.map((r) => r.id)
  const hasNext = backwards ? true : read.length > PAGE_SIZE
  const hasPrevious = backwards ? read.length > PAGE_SIZE : found
  return { query, total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), rows, firstId: ids[0], lastId: ids.at(-1), hasNext, hasPrevious }
}
