import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { containsPattern } from '../../lib/literal-search'
import type { Tx } from '../db'

// llwybr_fold (migration search_folded_names) lower-cases and strips diacritics; these expressions are exactly the
// indexed ones, so PostgreSQL answers from the trigram indexes (issue 15 item 6).
const fullName = Prisma.sql`llwybr_fold(o."firstName" || ' ' || o."lastName")`
const lastName = Prisma.sql`llwybr_fold(o."lastName")`

/** The most candidates a name search ranks; the closest come first, so a cap drops only the weakest matches. */
export const NAME_CANDIDATE_LIMIT = 1000

/**
 * Every word appears, literally, in the first, middle or last name or an alias (words never span the space). The
 * aliases' ids come as one array (computed once), not `IN (subquery)`: inside an OR that made PostgreSQL read the
 * whole table instead of combining the trigram indexes (issue 18 item 4: 1.8 s at 100,000 people).
 */
function wordMatch(word: string) {
  const pattern = Prisma.sql`llwybr_fold(${containsPattern(word)})`
  return Prisma.sql`(${fullName} LIKE ${pattern} ESCAPE '\\'
    OR llwybr_fold(o."middleNames") LIKE ${pattern} ESCAPE '\\'
    OR o.id = ANY (ARRAY(SELECT a."offenderId" FROM "OffenderAlias" a WHERE llwybr_fold(a."firstName" || ' ' || a."lastName") LIKE ${pattern} ESCAPE '\\')))`
}

export type NameCandidate = { id: string; score: number }

/**
 * People whose name matches a typed query, with or without diacritics either way (issue 15 items 5 and 6): every
 * word of `q` appears literally (`%`, `_` and `\` are plain characters), or the whole query is close to the name
 * (trigram similarity, for misspellings like "Jon Willaims"). No scope is applied: the caller filters the ids.
 * @returns ids with a closeness score from 0 to 1 (1 = the folded full or last name equals the folded query),
 *   closest first, at most NAME_CANDIDATE_LIMIT.
 */
export async function matchNames(db: Pick<Tx, '$queryRaw'>, q: string): Promise<NameCandidate[]> {
  return db.$queryRaw<NameCandidate[]>(nameCandidatesSql(q))
}

/**
 * matchNames' statement, for a search that reads its candidates inside a larger statement (search-one-query.ts,
 * issue 18): rows `id` (text) and `score`, closest first, at most NAME_CANDIDATE_LIMIT.
 */
export function nameCandidatesSql(q: string): Prisma.Sql {
  const words = q.split(/\s+/).filter(Boolean).slice(0, 5)
  const query = Prisma.sql`llwybr_fold(${q})`
  // `%` is pg_trgm's indexable "similar" operator (threshold 0.3); the stricter similarity() re-check keeps the old bar.
  // Three ways to match, each its own indexed branch: as one OR, every candidate row of any index was re-checked
  // against all three (issue 18 item 4).
  return Prisma.sql`
    SELECT o.id::text AS id, GREATEST(similarity(${fullName}, ${query}), similarity(${lastName}, ${query}))::float8 AS score
    FROM "Offender" o
    WHERE o.id IN (
      SELECT o.id FROM "Offender" o WHERE ${Prisma.join(words.map(wordMatch), ' AND ')}
      UNION ALL
      SELECT o.id FROM "Offender" o WHERE ${fullName} % ${query} AND similarity(${fullName}, ${query}) > 0.35
      UNION ALL
      SELECT o.id FROM "Offender" o WHERE ${lastName} % ${query} AND similarity(${lastName}, ${query}) > 0.45)
    ORDER BY score DESC, o.id
    LIMIT ${NAME_CANDIDATE_LIMIT}`
}

/**
 * Ids of people with this date of birth whose folded full name is similar to `name` (the duplicate check on
 * create, issue 15 item 6), or with this PNC id (already in its normal form): at most 20, the same PNC id first, then
 * the most similar names, so a crowd of namesakes never hides the closest match.
 */
export async function similarPeople(db: Pick<Tx, '$queryRaw'>, p: { name: string; dateOfBirth: Date; pncId: string | null }): Promise<string[]> {
  const query = Prisma.sql`llwybr_fold(${p.name})`
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT o.id::text AS id FROM "Offender" o
    WHERE (o."dateOfBirth" = ${p.dateOfBirth}::date AND ${fullName} % ${query} AND similarity(${fullName}, ${query}) > 0.3)
       OR (${p.pncId}::text IS NOT NULL AND o."pncId" = ${p.pncId}::text)
    ORDER BY (o."pncId" IS NOT DISTINCT FROM ${p.pncId}::text) DESC, similarity(${fullName}, ${query}) DESC, o.id
    LIMIT 20`
  return rows.map((r) => r.id)
}
