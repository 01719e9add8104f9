import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import type { TOutcomeFilter } from './outcome-filter'
import type { EventSource } from './fact-source'
import type { AreaLevel } from './area-levels'

/**
 * The shared tail of every outcome query: `m` (one row per counted event, with `offender_id` and its London date
 * `day`) with the person's dimensions from `source` (joined to the person, their LDU and local authority, or as the
 * facts hold them), filtered by the filter's area, agency and priority group, and grouped by quarter and breakdown key. `measures` are the aggregate columns to select. With `within`,
 * grouped by that level's area and the breakdown key together (key: cutKey).
 */
export function groupedByPerson(source: EventSource, f: TOutcomeFilter, measures: Prisma.Sql, within?: AreaLevel): Prisma.Sql {
  const by = source.key(f.by)
  const key = within ? Prisma.sql`COALESCE(${source.key(within).key}, '') || ${CUT_SEPARATOR} || COALESCE(${by.key}, ${NOT_RECORDED})` : by.key
  return Prisma.sql`
    SELECT to_char(m.day, 'YYYY-"Q"Q') AS quarter, ${key} AS key, ${measures}
    FROM ${source.from}
    ${by.join}
    WHERE ${source.conditions(f)} AND ${by.where}
    GROUP BY 1, 2
    ORDER BY 1, 2`
}

const CUT_SEPARATOR = '\u0001'
const NOT_RECORDED = '\u0002'

/** The key of a breakdown row within one area (groupedByPerson with `within`): area id ('' for none), then the row's key. */
export const cutKey = (area: string, key: string | null) => `${area}${CUT_SEPARATOR}${key ?? NOT_RECORDED}`

/** The area and the row's key of a cutKey. */
export function splitCutKey(k: string): { area: string; key: string | null } {
  const at = k.indexOf(CUT_SEPARATOR)
  const key = k.slice(at + 1)
  return { area: k.slice(0, at), key: key === NOT_RECORDED ? null : key }
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
