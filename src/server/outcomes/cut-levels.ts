import 'server-only'
import type { Shown } from '../../lib/outcomes/disclosure'
import type { Relation } from '../../lib/outcomes/linked-suppression'
import { areaLevels, geography, type AreaLevel } from './area-levels'
import { TOTAL_KEY, controlLinked, controlTotalAndRows, type MeasureDef, type TotalAndRowsControl } from './indicator-table'
import type { Breakdown, TOutcomeFilter } from './outcome-filter'
import { splitCutKey, type IndicatorCounts } from './person-joins'

/** Breakdowns that cut every area the same way, into disjoint rows: a force's cut is the sum of its LDUs' cuts. */
const cuts: readonly Breakdown[] = ['sex', 'ageBand', 'ethnicity', 'agency']
export const isCut = (by: Breakdown) => cuts.includes(by)

/** What the control reads of an already controlled view: per quarter, its total and rows with their statuses. */
type Controlled = { quarter: string; total: Record<string, Shown>; rows: { key: string | null; measures: Record<string, Shown> }[] }[]

/** The raw cut of all Wales and of every area of each level, and the statuses of the areas' own totals. */
export type AllCuts = {
  totals: IndicatorCounts[]
  cut: IndicatorCounts[]
  areaTotals: Record<AreaLevel, IndicatorCounts[]>
  areaCuts: Record<AreaLevel, IndicatorCounts[]>
  shownTotal: Controlled
  shownAreas: Record<AreaLevel, Controlled>
  regionOf: ReadonlyMap<string, string>
}

const wideOf = (f: TOutcomeFilter): TOutcomeFilter => ({ ...f, region: undefined, lduId: undefined, localAuthorityId: undefined })

/**
 * Everything a cut view (broken down by sex, age band, ethnicity or agency) is controlled with, for the filter less
 * its area: the counts of the cut in all Wales and within every force, LDU and local authority (`count` with a
 * level: cutKey rows), and the controlled views of all Wales and of each area level, whose totals' statuses the cut
 * keeps (they are decided there).
 */
export async function allCuts(f: TOutcomeFilter, count: (f: TOutcomeFilter, within?: AreaLevel) => Promise<IndicatorCounts[]>, figuresOf: (f: TOutcomeFilter) => Promise<Controlled>): Promise<AllCuts> {
  const wide = wideOf(f)
  const level = <T,>(each: (l: AreaLevel) => Promise<T>) => Promise.all(areaLevels.map(each)).then((r) => Object.fromEntries(areaLevels.map((l, i) => [l, r[i]!])) as Record<AreaLevel, T>)
  const [totals, cut, areaTotals, areaCuts, shownTotal, shownAreas, places] = await Promise.all([
    count({ ...wide, by: 'none' }), count(wide), level((l) => count({ ...wide, by: l })), level((l) => count(wide, l)),
    figuresOf({ ...wide, by: 'none' }), level((l) => figuresOf({ ...wide, by: l })), geography(),
  ])
  return { totals, cut, areaTotals, areaCuts, shownTotal, shownAreas, regionOf: places.regionOf }
}

const withheldIds = (m: Record<string, Shown> | undefined) => new Set(Object.entries(m ?? {}).filter(([, s]) => s.value === null && s.suppressed).map(([id]) => id))

/**
 * A quarter's control of a cut view of one area (or all Wales), together with the same cut of every other area (ADR
 * 0019 gap 2: a force's view by sex and its LDUs' views by sex gave withheld cells back). One controlLinked over:
 * each area's total is the sum of its rows; all Wales, row by row and in total, is the sum of the forces, of the
 * LDUs and of the authorities; each force the sum of its LDUs and of its authorities (public geography). Totals keep
 * the status their own views give them (fixed, with what those views withhold), so only rows take partners.
 * Every cut view of the same filter less area gets the same statuses, so a figure has one status in all of them.
 */
export const cutControl = (all: AllCuts, area: { level: AreaLevel; id: string } | null, defs: MeasureDef[]): TotalAndRowsControl => (total, viewRows, withheld) => {
  const q = total.quarter
  const inQ = (rows: IndicatorCounts[]) => rows.filter((r) => r.quarter === q)
  const rows: IndicatorCounts[] = []
  const fixed = new Set<number>()
  const forced = new Map<number, ReadonlySet<string>>()
  type Block = { total: number; byKey: Map<string | null, number> }
  const add = (r: IndicatorCounts) => rows.push(r) - 1
  const totalRow = (r: IndicatorCounts | undefined, status: Record<string, Shown> | undefined) => {
    const i = add(r ?? { quarter: q, key: 'all', values: {} })
    fixed.add(i)
    forced.set(i, withheldIds(status))
    return i
  }
  const wideShown = all.shownTotal.find((c) => c.quarter === q)
  const wide: Block = { total: totalRow(inQ(all.totals)[0], wideShown?.total), byKey: new Map(inQ(all.cut).map((r) => [r.key, add(r)])) }
  const blocks: Record<AreaLevel, Map<string, Block>> = { region: new Map(), ldu: new Map(), localAuthority: new Map() }
  for (const level of areaLevels) {
    const shown = all.shownAreas[level].find((c) => c.quarter === q)
    for (const t of inQ(all.areaTotals[level])) blocks[level].set(t.key ?? '', { total: totalRow(t, shown?.rows.find((r) => r.key === t.key)?.measures), byKey: new Map() })
    for (const r of inQ(all.areaCuts[level])) {
      const { area: id, key } = splitCutKey(r.key!)
      blocks[level].get(id)?.byKey.set(key, add({ ...r, key }))
    }
  }
  const chosen = area ? blocks[area.level].get(area.id) : wide
  // An area with no one in it: nothing to link, its zeros as they are.
  if (!chosen) return controlTotalAndRows(total, viewRows, defs, false, withheld)
  // What the filter withholds in the view's total (withheldByFilter), before a single row takes the total's status.
  if (withheld?.get(TOTAL_KEY)) forced.set(chosen.total, new Set([...(forced.get(chosen.total) ?? []), ...withheld.get(TOTAL_KEY)!]))
  // An area whose cut has one row: the row is its total, one figure with one status (fixed as the total is), else
  // taking it as a partner elsewhere would leave its own total = row relation with one withheld figure.
  for (const b of [wide, ...areaLevels.flatMap((l) => [...blocks[l].values()])]) {
    if (b.byKey.size !== 1) continue
    const only = [...b.byKey.values()][0]!
    fixed.add(only)
    forced.set(only, forced.get(b.total) ?? new Set())
  }
  const relations: Relation[] = []
  const sumOf = (whole: Block, parts: Block[]) => {
    relations.push([whole.total, ...parts.map((b) => b.total)])
    for (const [key, i] of whole.byKey) relations.push([i, ...parts.flatMap((b) => (b.byKey.has(key) ? [b.byKey.get(key)!] : []))])
  }
  for (const b of [wide, ...areaLevels.flatMap((l) => [...blocks[l].values()])]) relations.push([b.total, ...b.byKey.values()])
  for (const level of areaLevels) sumOf(wide, [...blocks[level].values()])
  for (const [force, b] of blocks.region) {
    for (const level of ['ldu', 'localAuthority'] as const) {
      const inForce = [...blocks[level]].filter(([id]) => id !== '' && all.regionOf.get(id) === force).map(([, p]) => p)
      if (inForce.length > 0) sumOf(b, inForce)
    }
  }
  const shown = controlLinked(rows, defs, relations, { fixed, withheld: forced })
  // A view row the cut did not see (none should be: the same people) shows nothing rather than an unlinked figure.
  const unseen = (r: IndicatorCounts) => controlLinked([r], defs, [], { withheld: new Map([[0, new Set(defs.map((d) => d.id))]]) })[0]!
  return [shown[chosen.total]!, ...viewRows.map((r) => (chosen.byKey.has(r.key) ? shown[chosen.byKey.get(r.key)!]! : unseen(r)))]
}

/** The area a filter chooses, as the level and id of its block in a cut. */
export const chosenArea = (f: TOutcomeFilter): { level: AreaLevel; id: string } | null =>
  f.region ? { level: 'region', id: f.region } : f.lduId ? { level: 'ldu', id: f.lduId } : f.localAuthorityId ? { level: 'localAuthority', id: f.localAuthorityId } : null

/** The name of a filter's own table among those controlIomTables and controlPathwayTables give: its area, or 'all'. */
export const areaTableName = (f: TOutcomeFilter): string => {
  const area = chosenArea(f)
  return area ? `${area.level}:${area.id}` : 'all'
}
