import 'server-only'
import { outcomeTableNames, type OutcomeTableName } from '../../lib/outcomes/columns'
import { appointmentMeasures, endingMeasures, enforcementMeasures } from './compliance-query'
import { countIndicator } from './indicator-events'
import { memoised, withheldByFilter, type FigureMemo } from './filter-cells'
import { indicatorDefs } from './indicator-defs'
import { byQuarter, quarterNotOver, type IndicatorQuarter, type MeasureDef } from './indicator-table'
import { allAreaLevels, areaControl, isAreaLevel } from './area-levels'
import { allCuts, chosenArea, cutControl, isCut } from './cut-levels'
import type { TOutcomeFilter } from './outcome-filter'
import { reoffendingQuarters } from './reoffending-quarters'
import { releaseMeasures, terminationMeasures } from './resettlement-query'
import { serviceMeasures } from './services-query'
import { mappaMeasures } from './mappa-query'
import { cosaMeasures } from './cosa-query'
import { iomFigures } from './iom-areas'
import type { IomCostTable } from './iom-cost-table'
import { pathwayFigures } from './pathway-areas'
import type { PathwayFigures } from './pathway-table'
import { linkedView } from './linked-view'
import { quartersBetween, type Quarter } from '../../lib/outcomes/quarters'

// How each table's measures are disclosure-controlled (shares, parts, means); the counts come from indicatorDefs.
export const measureDefs: Record<Exclude<OutcomeTableName, 'reoffending'>, MeasureDef[]> = {
  releases: releaseMeasures,
  terminations: terminationMeasures,
  appointments: appointmentMeasures,
  enforcement: enforcementMeasures,
  endings: endingMeasures,
  services: serviceMeasures,
  mappa: mappaMeasures,
  cosa: cosaMeasures,
}

/**
 * One indicator's disclosure-controlled quarters for a parsed filter, oldest first; interim judged on London's `today`.
 * A filtered view's total is withheld wherever its cell is withheld in the breakdown over the filter (withheldByFilter).
 */
export function indicatorFigures(f: TOutcomeFilter, name: OutcomeTableName, today: string, memo: FigureMemo = new Map()): Promise<IndicatorQuarter[]> {
  if (name === 'reoffending') return reoffendingQuarters(f, today, memo)
  const def = indicatorDefs[name]
  if (!def.unplaced) return memoised(memo, name, f, () => linkedFigures(f, name, today, memo))
  return memoised(memo, name, f, async () => {
    const figuresOf = (parent: TOutcomeFilter) => indicatorFigures(parent, name, today, memo)
    const [totals, rows, withheld, areas, cut] = await Promise.all([
      countIndicator(def, { ...f, by: 'none' }),
      f.by === 'none' ? Promise.resolve([]) : countIndicator(def, f),
      withheldByFilter(f, figuresOf),
      isAreaLevel(f.by) ? allAreaLevels((by) => countIndicator(def, { ...f, by })) : Promise.resolve(null),
      isCut(f.by) ? allCuts(f, (g, within) => countIndicator(def, g, within), figuresOf) : Promise.resolve(null),
    ])
    const defs = measureDefs[name]
    const control = areas && isAreaLevel(f.by) ? areaControl(areas, f.by, defs) : cut ? cutControl(cut, chosenArea(f), defs) : undefined
    return byQuarter({ from: f.from, to: f.to, totals, rows, defs, overlapping: f.by === 'priorityGroup', today, interim: quarterNotOver, withheld, control })
  })
}

/**
 * An indicator whose every figure is people's: its view read from the cells of its window and group, controlled
 * together across areas, agencies and cuts (linked-cells.ts, ADR 0019).
 */
async function linkedFigures(f: TOutcomeFilter, name: Exclude<OutcomeTableName, 'reoffending'>, today: string, memo: FigureMemo): Promise<IndicatorQuarter[]> {
  const def = indicatorDefs[name]
  const view = await linkedView(name, def, measureDefs[name], f, quartersBetween(f.from, f.to), memo)
  return view.map((q) => ({ quarter: q.quarter as Quarter, interim: quarterNotOver(q.quarter as Quarter, today), total: q.total.shown, rows: q.rows.map((r) => ({ key: r.key, measures: r.shown })) }))
}

/** Every figure of the outcome dashboard: each indicator's quarters, the IOM cost table and the pathway table. */
export type OutcomeFigures = { iomCosts: IomCostTable; pathways: PathwayFigures } & Record<OutcomeTableName, IndicatorQuarter[]>

/**
 * The dashboard's figures computed directly from the recorded events (issue 14): every indicator, the IOM cost of
 * crime per cohort and the resettlement pathways, all disclosure-controlled. Input: a parsed filter and London's
 * `today` (interim quarters, IOM follow-up); `memo` may be shared by several filters computed together (the nightly
 * refresh), since their parent breakdowns are the same. No authorization or audit: callers do that (getOutcomeIndicators) or
 * hold only aggregates (the precomputed figures' refresh job).
 */
export async function computeOutcomeFigures(filter: TOutcomeFilter, today: string, memo: FigureMemo = new Map()): Promise<OutcomeFigures> {
  // One table after another: each runs several queries at once already, and every table at once queued more than the
  // pool holds for longer than a connection may be waited for on a loaded machine (the bench's direct views failed).
  const all: IndicatorQuarter[][] = []
  for (const name of outcomeTableNames) all.push(await indicatorFigures(filter, name, today, memo))
  const iom = await iomFigures(filter, today, memo)
  const pathways = await pathwayFigures(filter, today, memo)
  return { iomCosts: iom, pathways, ...(Object.fromEntries(outcomeTableNames.map((name, i) => [name, all[i]!])) as Record<OutcomeTableName, IndicatorQuarter[]>) }
}

