import 'server-only'
import type { Shown } from '../../lib/outcomes/disclosure'
import { ALL, cellName, cellParts, cutDims, keyOf, type CutDim } from './cell-names'
import type { FigureMemo } from './filter-cells'
import type { IndicatorDef } from './indicator-events'
import { controlLinked, type MeasureDef } from './indicator-table'
import { linkedCells } from './linked-cells'
import type { TOutcomeFilter } from './outcome-filter'
import type { IndicatorCounts } from './person-joins'
import { groupRowCell } from './group-cells'
import { priorityGroups, type PriorityGroup } from './priority-groups'
import { readingStoredCells, storedCells } from './stored-cells'

/** A cell with no one in it: zeros, shown (its parts are zeros too, so nothing can be had from it). */
function emptyCell(quarter: string, key: string | null, def: IndicatorDef, defs: MeasureDef[]) {
  const counts: IndicatorCounts = { quarter, key, values: Object.fromEntries([...Object.keys(def.counts), ...Object.keys(def.sums ?? {})].map((id) => [id, 0])) }
  return { counts, shown: controlLinked([counts], defs, [])[0]! }
}

/** One view's quarter read from the cells: its total and its breakdown rows, each with raw counts and statuses. */
export type ViewQuarter = { quarter: string; total: { counts: IndicatorCounts; shown: Record<string, Shown> }; rows: { key: string | null; counts: IndicatorCounts; shown: Record<string, Shown> }[] }

const byKey = (a: { key: string | null }, b: { key: string | null }) => (a.key === b.key ? 0 : a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : 1)

/**
 * A view of an indicator (a parsed filter: quarters, one area, an agency, a priority group, a breakdown) as linked
 * cells (issue 14 "Disclosure control", ADR 0019): the total is the cell of the filter's area, agency and group; the
 * rows of a breakdown by area level, agency, sex, age band or ethnicity are cells of the same window and group; the
 * rows of a breakdown by priority group are cells too (groupRowCell): each group's own total, or under a group
 * filter the intersection's (a pair's cells, or a group's cut sex = FEMALE), so "filter A, by B" and "filter B, by
 * A" show one figure with one status, controlled with every relation between areas and agencies a reader knows.
 * Output: per quarter from..to, oldest first.
 */
export async function linkedView(name: string, def: IndicatorDef, defs: MeasureDef[], f: TOutcomeFilter, quarters: readonly string[], memo: FigureMemo): Promise<ViewQuarter[]> {
  const area = f.region ? `region:${f.region}` : f.lduId ? `ldu:${f.lduId}` : f.localAuthorityId ? `localAuthority:${f.localAuthorityId}` : ALL
  const agency = f.agencyId ?? ALL
  const cellsOf = (g: TOutcomeFilter, also?: PriorityGroup) => (readingStoredCells() ? storedCells(name, g, area, agency, memo, also) : linkedCells(name, def, defs, g, memo, also))
  const cells = await cellsOf(f)
  const groupRows =
    f.by === 'priorityGroup'
      ? await Promise.all(
          priorityGroups.map(async (h) => {
            const at = groupRowCell(f.group, h)
            return { h, cut: at.cut, cells: await cellsOf({ ...f, group: at.group }, at.also) }
          }),
        )
      : null
  return quarters.map((quarter) => {
    const q = cells.get(quarter) ?? new Map()
    const cell = (n: string, key: string | null) => {
      const c = q.get(n)
      return c ? { key, counts: { ...c.counts, key }, shown: c.shown } : null
    }
    const total = cell(cellName(area, agency, ALL), 'all') ?? { key: 'all', ...emptyCell(quarter, 'all', def, defs) }
    let rows: ViewQuarter['rows'] = []
    const matching = (test: (a: string, ag: string, cut: string) => string | null | undefined) => {
      const found: ViewQuarter['rows'] = []
      for (const n of q.keys()) {
        const [a, ag, cut] = cellParts(n)
        const key = test(a, ag, cut)
        if (key !== undefined) found.push(cell(n, key)!)
      }
      return found
    }
    if (f.by === 'region' || f.by === 'ldu' || f.by === 'localAuthority') {
      const level = f.by
      rows = matching((a, ag, cut) => (ag === agency && cut === ALL && a.startsWith(`${level}:`) ? keyOf(a.slice(level.length + 1)) : undefined))
    } else if (f.by === 'agency') {
      rows = matching((a, ag, cut) => (a === area && cut === ALL && ag !== ALL ? keyOf(ag) : undefined))
    } else if ((cutDims as readonly string[]).includes(f.by)) {
      const dim = f.by as CutDim
      rows = matching((a, ag, cut) => (a === area && ag === agency && cut.startsWith(`${dim}:`) ? keyOf(cut.slice(dim.length + 1)) : undefined))
    } else if (groupRows) {
      rows = groupRows.flatMap(({ h, cut, cells: of }) => {
        const c = of.get(quarter)?.get(cellName(area, agency, cut))
        return c ? [{ key: h, counts: { ...c.counts, key: h }, shown: c.shown }] : []
      })
    }
    return { quarter, total, rows: rows.sort(byKey) }
  })
}
