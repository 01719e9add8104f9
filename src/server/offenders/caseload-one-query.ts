import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { londonDateOf } from '../../lib/dates'
import { auditInsertSql, utcSql } from '../audit/audit-sql'
import { prisma } from '../db'
import { laoVisibleSql, offenderReadScopeSql, type Actor } from '../policy'
import { redactedCursor } from './caseload-page'
import { offenderRowColumns, offenderRowJoins, type OffenderRowData } from './offender-row-query'
import { PAGE_SIZE, REDACTED_CURSOR, type TCaseloadQuery } from './offender.schemas'

const isProbation = (a: Actor) => a.roles.some((r) => r === 'PROBATION_OFFICER' || r === 'SENIOR_PROBATION_OFFICER')

const isFiltered = (query: TCaseloadQuery) => Boolean(query.sentenceType || query.rosh || query.overdue)

/**
 * Whether `findCaseloadInOneQuery` can answer this query: a sort on the person's own columns (name or CRN), with or
 * without the filter form's filters (issue 18 item 4), and a forward page from the top or from a fully shown person.
 * Other queries take the general path (find-caseload.ts, caseload-page.ts).
 */
export function oneQueryAnswers(query: TCaseloadQuery): boolean {
  const backwards = !query.after && Boolean(query.before)
  return !backwards && (query.sort === 'name' || query.sort === 'crn') && !REDACTED_CURSOR.test(query.after ?? '')
}

/**
 * The filter form's filters on `o`, as find-caseload.ts `filters` (an active order of the type; the overall RoSH; an
 * appointment past with no outcome, not cancelled, or a registration review whose London day has passed).
 */
function filterSql(query: TCaseloadQuery, now: Date): Prisma.Sql {
  const parts: Prisma.Sql[] = []
  if (query.sentenceType) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Sentence" s WHERE s."offenderId" = o.id AND s.status = 'ACTIVE' AND s.type::text = ${query.sentenceType})`)
  if (query.rosh) parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "RiskProfile" r WHERE r."offenderId" = o.id AND r."overallRosh"::text = ${query.rosh})`)
  if (query.overdue) {
    const today = londonDateOf(now).toISOString().slice(0, 10)
    parts.push(Prisma.sql`(EXISTS (SELECT 1 FROM "Contact" c WHERE c."offenderId" = o.id AND c.type = 'APPOINTMENT' AND c."occurredAt" < ${utcSql(now)}
        AND c.outcome IS NULL AND c."cancelledAt" IS NULL)
      OR EXISTS (SELECT 1 FROM "RiskFlag" f WHERE f."offenderId" = o.id AND f."deregisteredAt" IS NULL AND f."nextReviewDate" < ${today}::date))`)
  }
  return parts.length ? Prisma.join(parts, ' AND ') : Prisma.sql`TRUE`
}

/** viewFilter (find-caseload.ts) on `o`; the caller has already authorised the view through it. */
function viewSql(actor: Actor, view: TCaseloadQuery['view']): Prisma.Sql {
  const is = (column: string, id: string | null) => (id ? Prisma.sql`o.${Prisma.raw(`"${column}"`)} = ${id}::uuid` : Prisma.sql`FALSE`)
  switch (view) {
    case 'team':
      return is('teamId', actor.teamId)
    case 'ldu':
      return is('lduId', actor.lduId)
    case 'unallocated':
      return actor.lduId ? Prisma.sql`${is('lduId', actor.lduId)} AND o."offenderManagerId" IS NULL` : Prisma.sql`FALSE`
    default:
      return isProbation(actor) ? is('offenderManagerId', actor.userId) : Prisma.sql`TRUE`
  }
}

/**
 * The shown people's order and "strictly after the boundary person" (caseload-keyset.ts sortColumns): name is last
 * name, first name (both in the chosen direction), then CRN ascending; CRN alone is unique. The boundary's values are
 * scalar subqueries, which PostgreSQL can use to start the index walk at the boundary (issue 18 item 1).
 */
function order(query: TCaseloadQuery) {
  const up = query.dir === 'asc'
  const op = (o: string) => Prisma.raw(o)
  const b = (column: string) => Prisma.sql`(SELECT b.${Prisma.raw(`"${column}"`)} FROM boundary b)`
  if (query.sort === 'crn') return { orderBy: Prisma.raw(`o.crn ${query.dir}`), after: Prisma.sql`o.crn ${op(up ? '>' : '<')} ${b('crn')}` }
  const names = Prisma.sql`(o."lastName", o."firstName")`
  const bNames = Prisma.sql`(${b('lastName')}, ${b('firstName')})`
  return {
    orderBy: Prisma.raw(`o."lastName" ${query.dir}, o."firstName" ${query.dir}, o.crn asc`),
    after: Prisma.sql`${names} ${op(up ? '>=' : '<=')} ${bNames} AND (${names} ${op(up ? '>' : '<')} ${bNames} OR (${names} = ${bNames} AND o.crn > ${b('crn')}))`,
  }
}

type Row = OffenderRowData & { found: boolean; hasNext: boolean; redacted: boolean | null; n: number | null }

/**
 * The people listed (the actor's read scope, view and filters), and those of them Limited Access lets the actor see.
 * Redacted rows are listed only when nothing narrows the list: not under a filter, nor in the "unallocated" view.
 */
function listing(actor: Actor, query: TCaseloadQuery, now: Date) {
  return {
    listed: Prisma.sql`${offenderReadScopeSql(actor, Prisma.raw('o'), now)} AND ${viewSql(actor, query.view)} AND ${filterSql(query, now)}`,
    visible: laoVisibleSql(actor, Prisma.sql`o.id`),
    withRedacted: query.view !== 'unallocated' && !isFiltered(query),
  }
}

/**
 * The caseload page for the queries `oneQueryAnswers` accepts, in two statements sent together (issue 18 item 1),
 * with the same rules as findCaseload's general path (find-caseload.ts, caseload-page.ts) inside them: the page
 * statement picks the fully shown people (read scope offenderReadScopeSql, view, Limited Access laoVisibleSql) in
 * the chosen order after the boundary person, found by id only among them (else from the top), then, when fewer
 * than 26, the redacted people by CRN (security.md AC-5; left out in the "unallocated" view), with every row
 * column (offender-row-query.ts); the other counts the listed people and inserts the `caseload.view` audit row
 * with that total in the same statement. Both run at once, as the general path's count and audit run beside its
 * page; neither waits for the other's round trip.
 * Output: the page's rows (display order, 25 at most; redaction is still decided by toOffenderRow), total, whether
 * the boundary was found, whether a 26th row exists, and the first and last cursor (id, or `crn:<CRN>`).
 */
export async function findCaseloadInOneQuery(actor: Actor, query: TCaseloadQuery, now = new Date()) {
  const [rows, [counted]] = await Promise.all([
    prisma.$queryRaw<Row[]>(caseloadPageSql(actor, query, now)),
    prisma.$queryRaw<{ total: number }[]>(caseloadCountAuditSql(actor, query, now)),
  ])
  const [first] = rows
  const page = rows.filter((r) => r.n !== null)
  const cursor = (r: Row) => (r.redacted ? redactedCursor(r.crn) : r.id)
  return {
    total: counted?.total ?? 0,
    rows: page,
    hasNext: Boolean(first?.hasNext),
    hasPrevious: Boolean(first?.found),
    firstCursor: page[0] && cursor(page[0]),
    lastCursor: page.at(-1) && cursor(page.at(-1)!),
  }
}

/** The page statement: one row per person on the page (n ascending), or one row with n null for an empty page. */
export function caseloadPageSql(actor: Actor, query: TCaseloadQuery, now: Date): Prisma.Sql {
  const take = PAGE_SIZE + 1
  const { listed, visible, withRedacted } = listing(actor, query, now)
  const { orderBy, after } = order(query)
  const boundary = query.after
    ? Prisma.sql`SELECT o."lastName", o."firstName", o.crn FROM "Offender" o WHERE o.id = ${query.after}::uuid AND ${listed} AND ${visible}`
    : Prisma.sql`SELECT NULL::text AS "lastName", NULL::text AS "firstName", NULL::text AS crn WHERE FALSE`
  // Each walk numbers its rows in its own order (n), which the page keeps; redacted rows come after every shown one.
  const walk = (where: Prisma.Sql, by: Prisma.Sql, limit: Prisma.Sql) =>
    Prisma.sql`(SELECT o.id, row_number() OVER (ORDER BY ${by}) AS n FROM "Offender" o WHERE ${where} ORDER BY ${by} LIMIT ${limit})`
  const top = walk(Prisma.sql`${listed} AND ${visible}`, orderBy, Prisma.sql`${take}`)
  // After a boundary person, or from the top when they are not among the shown people (any more).
  const shown = query.after
    ? Prisma.sql`${walk(Prisma.sql`${listed} AND ${visible} AND ${after}`, orderBy, Prisma.sql`${take}`)}
      UNION ALL SELECT * FROM ${top} t WHERE NOT EXISTS (SELECT 1 FROM boundary)`
    : top
  const redacted = withRedacted
    ? walk(Prisma.sql`${listed} AND NOT ${visible}`, Prisma.sql`o.crn`, Prisma.sql`GREATEST(0, ${take} - (SELECT count(*) FROM shown))`)
    : Prisma.sql`(SELECT NULL::uuid AS id, 0::bigint AS n WHERE FALSE)`
  return Prisma.sql`
    WITH boundary AS (${boundary}),
    shown AS (${shown}),
    walked AS (SELECT id, false AS redacted, n FROM shown UNION ALL SELECT r.id, true, ${take} + r.n FROM ${redacted} r),
    paged AS (SELECT * FROM walked ORDER BY n LIMIT ${PAGE_SIZE}),
    paging AS (SELECT EXISTS (SELECT 1 FROM boundary) AS found, (SELECT count(*) FROM walked) > ${PAGE_SIZE} AS "hasNext")
    SELECT paging.found, paging."hasNext", d.*
    FROM paging LEFT JOIN LATERAL (
      SELECT w.redacted, w.n::int AS n, ${offenderRowColumns(actor, now)}
      FROM paged w JOIN "Offender" o ON o.id = w.id ${offenderRowJoins}) d ON TRUE
    ORDER BY d.n`
}

/**
 * The count statement: how many people the caseload lists (with the redacted group listed, shown and redacted
 * people are exactly the listed ones, find-caseload.ts), and the `caseload.view` audit row recording it, inserted
 * by the same statement (security.md LG-1). Output: one row, `total`.
 */
export function caseloadCountAuditSql(actor: Actor, query: TCaseloadQuery, now: Date): Prisma.Sql {
  const { listed, visible, withRedacted } = listing(actor, query, now)
  const counted = withRedacted ? listed : Prisma.sql`${listed} AND ${visible}`
  const detail = Prisma.sql`${JSON.stringify({ view: query.view, page: query.page })}::jsonb || jsonb_build_object('total', counted.total)`
  return Prisma.sql`
    WITH counted AS (SELECT count(*)::int AS total FROM "Offender" o WHERE ${counted})
    ${auditInsertSql(actor, { action: 'caseload.view', subjectType: 'Caseload', detail }, now)}
    FROM counted RETURNING (detail->>'total')::int AS total`
}
