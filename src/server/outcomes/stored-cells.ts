import 'server-only'
import { AsyncLocalStorage } from 'node:async_hooks'
import type { Shown } from '../../lib/outcomes/disclosure'
import { prisma } from '../db'
import { ALL, cellName, type QuarterCells } from './cell-names'
import { memoised, type FigureMemo } from './filter-cells'
import { groupName } from './group-cells'
import type { TOutcomeFilter } from './outcome-filter'
import type { PriorityGroup } from './priority-groups'

// Set for the length of one computation that reads the cells the refresh stored (withStoredCells).
const reading = new AsyncLocalStorage<true>()

/**
 * Runs `compute` with every view of a linked indicator reading its cells from table OutcomeCell, as the refresh
 * stored and controlled them (storeOutcomeCells, ADR 0026 amendment), instead of querying and controlling them.
 */
export const withStoredCells = <T>(compute: () => Promise<T>): Promise<T> => reading.run(true, compute)

/** Whether the caller runs inside withStoredCells (its views read the stored cells). */
export const readingStoredCells = (): boolean => reading.getStore() === true

/**
 * The stored cells one view of an indicator reads (issue 14 "any breakdown in about a second"): of the window's
 * quarters and `f`'s group, those of the view's area and agency (its total and its cuts), of its agency with no cut
 * (its rows by area) and of its area with no cut (its rows by agency). One indexed read, memoised per request.
 * Output: per quarter, QuarterCells (the same cells and statuses linkedCells gives, by construction).
 */
export function storedCells(name: string, f: TOutcomeFilter, area: string, agency: string, memo: FigureMemo, also?: PriorityGroup): Promise<Map<string, QuarterCells>> {
  const wide: TOutcomeFilter = { ...f, region: undefined, lduId: undefined, localAuthorityId: undefined, agencyId: undefined, by: 'none' }
  return memoised(memo, `stored ${name} ${area} ${agency} ${also ?? ''}`, wide, async () => {
    const rows = await prisma.outcomeCell.findMany({
      where: { indicator: name, group: groupName(f.group, also), quarter: { gte: f.from, lte: f.to }, OR: [{ area, agency }, { agency, cut: ALL }, { area, cut: ALL }] },
      select: { quarter: true, area: true, agency: true, cut: true, counts: true, shown: true },
    })
    const out = new Map<string, QuarterCells>()
    for (const r of rows) {
      const key = cellName(r.area, r.agency, r.cut)
      const q = out.get(r.quarter) ?? out.set(r.quarter, new Map()).get(r.quarter)!
      q.set(key, { counts: { quarter: r.quarter, key, values: r.counts as Record<string, number> }, shown: r.shown as Record<string, Shown> })
    }
    return out
  })
}
