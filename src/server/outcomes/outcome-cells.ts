import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { outcomeTableNames } from '../../lib/outcomes/columns'
import { quarterOf, type Quarter } from '../../lib/outcomes/quarters'
import { measureDefs } from './compute-outcome-figures'
import type { FigureMemo } from './filter-cells'
import { indicatorDefs } from './indicator-defs'
import type { IndicatorDef } from './indicator-events'
import type { MeasureDef } from './indicator-table'
import { groupName, groupPairs } from './group-cells'
import { linkedCells } from './linked-cells'
import { EARLIEST_OUTCOME_YEAR, type TOutcomeFilter } from './outcome-filter'
import { priorityGroups, type PriorityGroup } from './priority-groups'
import { countDefs } from './reoffending-quarters'

/** The indicators whose every figure is a linked cell (not COSA: its unplaced hours have no area; ADR 0019). */
function linkedIndicators(): [string, IndicatorDef, MeasureDef[]][] {
  return outcomeTableNames.flatMap((name): [string, IndicatorDef, MeasureDef[]][] => {
    const def = indicatorDefs[name]
    if (name === 'reoffending') return [[name, def, countDefs]]
    return def.unplaced ? [] : [[name, def, measureDefs[name]]]
  })
}

/**
 * Every linked cell of every quarter a filter may ask for (EARLIEST_OUTCOME_YEAR to London's `today`), for each
 * linked indicator and each priority group or none, and each intersection of two groups that a view shows as cells
 * of its own (groupPairs: a breakdown by group under a group filter; uncut), with its raw counts and the statuses its quarter's control gives
 * (linkedCells: one controlLinked per indicator, group and quarter over every cell of it, so the cells of any view
 * are a consistent subset of one controlled whole, and differencing two views meets one status per figure; ADR 0019).
 * Read from the facts when called inside withFactSource (the refresh). Output: OutcomeCell rows, not yet written.
 */
export async function outcomeCellRows(today: string): Promise<Prisma.OutcomeCellCreateManyInput[]> {
  const window: TOutcomeFilter = { from: `${EARLIEST_OUTCOME_YEAR}-Q1` as Quarter, to: quarterOf(today), by: 'none' }
  const memo: FigureMemo = new Map()
  const rows: Prisma.OutcomeCellCreateManyInput[] = []
  for (const [name, def, defs] of linkedIndicators()) {
    const whose: [PriorityGroup | undefined, PriorityGroup?][] = [[undefined], ...priorityGroups.map((g): [PriorityGroup] => [g]), ...groupPairs()]
    for (const [group, also] of whose) {
      const cells = await linkedCells(name, def, defs, { ...window, group }, memo, also)
      for (const [quarter, inQuarter] of cells) {
        for (const [key, cell] of inQuarter) {
          const [area, agency, cut] = key.split('\u0001') as [string, string, string]
          rows.push({ indicator: name, group: groupName(group, also), quarter, area, agency, cut, counts: cell.counts.values, shown: cell.shown })
        }
      }
    }
  }
  return rows
}
