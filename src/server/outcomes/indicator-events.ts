import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { readOutcomeRows } from './outcome-query'
import { personConditions, type TOutcomeFilter } from './outcome-filter'
import { asCounts, groupedByPerson, type IndicatorCounts } from './person-joins'
import type { AreaLevel } from './area-levels'
import { sourceOf, type EventSource } from './fact-source'

/**
 * One indicator's definition in SQL (issue 14; docs/decisions/0011): `events(f)` is `WITH …, m AS (…)`, one row per
 * counted event with `offender_id` and its London date `day`; `counts` says, per count measure, which rows of `m` it
 * counts; `sums` are measures that add a column up (hours, scores), which have no people behind them to list. The
 * figures (countIndicator) and the people behind a count (peopleBehind) are both built from this one definition, so
 * a drill-down cannot disagree with its figure.
 */
export type IndicatorDef = {
  events: (f: TOutcomeFilter) => Prisma.Sql
  counts: Record<string, Prisma.Sql>
  sums?: Record<string, Prisma.Sql>
  /**
   * The columns of `m` that `sums` add up, stored with each fact in this order (outcome-facts.ts), so a sum read from
   * the facts adds the same values up as one read from the events.
   */
  summed?: readonly string[]
  /** The column of `m` naming the IOM cohort a row is under (iomSelections), stored as the fact's cohortId. */
  cohortColumn?: string
  /**
   * Sums with no person behind them at all (a COSA provider's volunteer time when it has no circle to place it
   * under), as a query of `quarter`, `key` and some `sums` columns for the filter, or null where the filter's choices
   * exclude them; added to the person-based rows of the same quarter and key (countIndicator).
   */
  unplaced?: (f: TOutcomeFilter) => Prisma.Sql | null
}

const column = (id: string) => Prisma.raw(`"${id.replace(/"/g, '')}"`)

/** The aggregate columns of an indicator over `m` from `source`: each count as an int, then each sum. */
export function measuresOf(def: IndicatorDef, source: EventSource): Prisma.Sql {
  return Prisma.join([
    ...Object.keys(def.counts).map((id) => Prisma.sql`(count(*) FILTER (WHERE ${source.counted(id)}))::int AS ${column(id)}`),
    ...Object.entries(def.sums ?? {}).map(([id, sum]) => Prisma.sql`${sum} AS ${column(id)}`),
  ], ', ')
}

/**
 * Raw counts per quarter and breakdown key of an indicator under a filter (not yet disclosure-controlled), from its
 * events or, inside withFactSource, its facts (the same query over either: fact-source.ts). With
 * `within`, per area of that level and breakdown key (cutKey), of people only (no `unplaced` sums: they have no area
 * of that level, and leaving them out only makes the cut's relations looser, never tighter).
 */
export async function countIndicator(def: IndicatorDef, f: TOutcomeFilter, within?: AreaLevel): Promise<IndicatorCounts[]> {
  const source = sourceOf(def)
  const placed = asCounts(await readOutcomeRows<Record<string, unknown>>(Prisma.sql`${source.events(f)} ${groupedByPerson(source, f, measuresOf(def, source), within)}`))
  const unplaced = within ? null : def.unplaced?.(f)
  return unplaced ? addRows(placed, asCounts(await readOutcomeRows<Record<string, unknown>>(unplaced))) : placed
}

// Rows of `extra` added measure by measure to those of `rows` with the same quarter and key (new ones appended), in
// quarter then key order as groupedByPerson gives them.
function addRows(rows: IndicatorCounts[], extra: IndicatorCounts[]): IndicatorCounts[] {
  const out = rows.map((r) => ({ ...r, values: { ...r.values } }))
  let appended = false
  for (const e of extra) {
    const same = out.find((r) => r.quarter === e.quarter && r.key === e.key)
    if (same) for (const [id, v] of Object.entries(e.values)) same.values[id] = (same.values[id] ?? 0) + v
    else {
      out.push({ ...e, values: { ...Object.fromEntries(Object.keys(out[0]?.values ?? {}).map((id) => [id, 0])), ...e.values } })
      appended = true
    }
  }
  return !appended ? out : out.sort((a, b) => a.quarter.localeCompare(b.quarter) || (a.key ?? '\uffff').localeCompare(b.key ?? '\uffff'))
}

/**
 * The people behind one count of an indicator (issue 14 "Rules": a lead's drill-down): each person with at least one
 * row of `m` that `measure` counts in `quarter` under the filter's area, agency and priority group, with how many of
 * those rows are theirs (`counted`; their sum is the figure). Not scoped to a reader: the caller keeps only people its
 * actor may open. Input: a `counts` measure of `def` (anything else is a programming error and throws).
 */
export async function peopleBehind(def: IndicatorDef, f: TOutcomeFilter, quarter: string, measure: string): Promise<{ id: string; counted: number }[]> {
  const counted = def.counts[measure]
  if (!counted) throw new Error(`Not a count measure: ${measure}`)
  return readOutcomeRows<{ id: string; counted: number }>(Prisma.sql`
    ${def.events(f)}
    SELECT m.offender_id::text AS id, count(*)::int AS counted
    FROM m
    JOIN "Offender" o ON o.id = m.offender_id
    LEFT JOIN "Area" ldu ON ldu.id = o."lduId"
    LEFT JOIN "LocalAuthority" la ON la.id = o."localAuthorityId"
    WHERE ${personConditions(f)} AND to_char(m.day, 'YYYY-"Q"Q') = ${quarter} AND (${counted})
    GROUP BY m.offender_id`)
}
