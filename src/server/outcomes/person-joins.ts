import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { breakdownKey, personConditions, type TOutcomeFilter } from './outcome-filter'

/**
 * The shared tail of every outcome query: `m` (one row per counted event, with `offender_id` and its London date
 * `day`) joined to the person, their LDU and local authority, filtered by the filter's area, agency and priority
 * group, and grouped by quarter and breakdown key. `measures` are the aggregate columns to select.
 */
export function groupedByPerson(f: TOutcomeFilter, measures: Prisma.Sql): Prisma.Sql {
  const by = breakdownKey(f.by)
  return Prisma.sql`
    SELECT to_char(m.day, 'YYYY-"Q"Q') AS quarter, ${by.key} AS key, ${measures}
    FROM m
    JOIN "Offender" o ON o.id = m.offender_id
    LEFT JOIN "Area" ldu ON ldu.id = o."lduId"
    LEFT JOIN "LocalAuthority" la ON la.id = o."localAuthorityId"
    ${by.join}
    WHERE ${personConditions(f)} AND ${by.where}
    GROUP BY 1, 2
    ORDER BY 1, 2`
}

/** The London date of a timestamp column (stored in UTC without a zone): what day it was in Wales. */
export const londonDate = (column: Prisma.Sql) => Prisma.sql`(${column} AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/London')::date`

/** Raw counts of one indicator: per quarter and breakdown key, each measure's count. */
export type IndicatorCounts = { quarter: string; key: string | null; values: Record<string, number> }

/** Runs a grouped query whose non-key columns are integer counts, as IndicatorCounts rows. */
export function asCounts(rows: Record<string, unknown>[]): IndicatorCounts[] {
  return rows.map(({ quarter, key, ...values }) => ({
    quarter: String(quarter),
    key: key === null ? null : String(key),
    values: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)])),
  }))
}
