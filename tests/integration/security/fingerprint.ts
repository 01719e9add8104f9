import { prisma } from '../../../src/server/db'

/**
 * The whole database in one value: for every table of the public schema, its row count and an md5 over its rows'
 * text (order-independent), computed in ONE SQL query. Any insert, update or delete anywhere changes it, so "nothing
 * was written" is exact, not a guess at which tables an action might touch (issue 17, the suite).
 * Output: table name → "count:md5", only tables with rows.
 */
export async function databaseFingerprint(): Promise<Record<string, string>> {
  const rows = await prisma.$queryRaw<{ table_name: string; fp: string }[]>`
    SELECT t.table_name::text AS table_name,
      (xpath('/row/fp/text()', query_to_xml(format(
        'SELECT count(*) || '':'' || md5(coalesce(string_agg(md5(r::text), '''' ORDER BY md5(r::text)), '''')) AS fp FROM %I.%I r',
        t.table_schema, t.table_name), false, true, '')))[1]::text AS fp
    FROM information_schema.tables t
    WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
    ORDER BY t.table_name`
  return Object.fromEntries(rows.filter((r) => !r.fp.startsWith('0:')).map((r) => [r.table_name, r.fp]))
}

/** The tables whose fingerprint differs between two snapshots (an empty list means nothing was written). */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t] !== after[t]).sort()
}
