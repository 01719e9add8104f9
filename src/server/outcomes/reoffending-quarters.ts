import 'server-only'
import { shownCount, shownRatio, type Shown } from '../../lib/outcomes/disclosure'
import { isInterim, quartersBetween, type Quarter } from '../../lib/outcomes/quarters'
import { type TOutcomeFilter } from './outcome-filter'
import { queryReoffending, reoffending, type ReoffendingCounts } from './reoffending-query'
import { countIndicator } from './indicator-events'
import { allCuts, chosenArea, cutControl, isCut } from './cut-levels'
import { memoised, withheldByFilter, type FigureMemo } from './filter-cells'
import { controlTotalAndRows, type MeasureDef } from './indicator-table'
import { allAreaLevels, areaControl, isAreaLevel } from './area-levels'
import type { IndicatorCounts } from './person-joins'

/** The proven reoffending measures of one group of people, each disclosure-controlled. */
export type ReoffendingMeasures = {
  people: Shown
  reoffenders: Shown
  /** Binary rate: reoffenders / people (0 to 1). */
  rate: Shown
  reoffences: Shown
  /** Frequency: reoffences per person in the cohort. */
  frequency: Shown
  /** Reoffences per reoffender. */
  perReoffender: Shown
  seriousReoffenders: Shown
  seriousRate: Shown
}

export type ReoffendingQuarter = { quarter: Quarter; interim: boolean; total: ReoffendingMeasures; rows: { key: string | null; measures: ReoffendingMeasures }[] }

const empty = (quarter: string, key: string | null): ReoffendingCounts => ({ quarter, key, people: 0, reoffenders: 0, reoffences: 0, seriousReoffenders: 0, seriousReoffences: 0 })

function measures(c: ReoffendingCounts, people: Shown, reoffenders: Shown, serious: Shown): ReoffendingMeasures {
  if (people.suppressed) {
    // A withheld group shows nothing at all: "none of them reoffended" would disclose as much as a count.
    const hidden = { value: null, suppressed: people.suppressed } as const
    return { people, reoffenders: hidden, rate: hidden, reoffences: hidden, frequency: hidden, perReoffender: hidden, seriousReoffenders: hidden, seriousRate: hidden }
  }
  const reoffences = reoffenders.suppressed ? { value: null, suppressed: reoffenders.suppressed } : shownCount(c.reoffences)
  return {
    people,
    reoffenders,
    rate: shownRatio(reoffenders, c.people, c.reoffenders),
    reoffences,
    frequency: shownRatio(reoffences, c.people, c.reoffences),
    perReoffender: shownRatio(reoffences, c.reoffenders, c.reoffences),
    seriousReoffenders: serious,
    seriousRate: shownRatio(serious, c.people, c.seriousReoffenders),
  }
}

// The counts behind the measures: people, and of them reoffenders and serious reoffenders (shares: a small rest is withheld).
const countDefs: MeasureDef[] = [{ id: 'people' }, { id: 'reoffenders', of: 'people' }, { id: 'seriousReoffenders', of: 'people' }]
const asCounts = (c: ReoffendingCounts): IndicatorCounts => ({ quarter: c.quarter, key: c.key, values: { people: c.people, reoffenders: c.reoffenders, seriousReoffenders: c.seriousReoffenders } })

/**
 * Proven reoffending quarters of a parsed filter, oldest first, disclosure-controlled; interim on London's `today`.
 * The total and its breakdown rows are controlled together (controlTotalAndRows), and a filtered total is withheld
 * wherever its cell is withheld in the breakdown over the filter (withheldByFilter, ADR 0019).
 */
export function reoffendingQuarters(filter: TOutcomeFilter, today: string, memo: FigureMemo = new Map()): Promise<ReoffendingQuarter[]> {
  return memoised(memo, 'reoffending', filter, () => controlledQuarters(filter, today, memo))
}

async function controlledQuarters(filter: TOutcomeFilter, today: string, memo: FigureMemo): Promise<ReoffendingQuarter[]> {
  const figuresOf = (parent: TOutcomeFilter) => reoffendingQuarters(parent, today, memo)
  const [totals, rows, withheld, areas, cut] = await Promise.all([
    queryReoffending({ ...filter, by: 'none' }),
    filter.by === 'none' ? Promise.resolve([]) : queryReoffending(filter),
    withheldByFilter(filter, figuresOf),
    isAreaLevel(filter.by) ? allAreaLevels(async (by) => (await queryReoffending({ ...filter, by })).map(asCounts)) : Promise.resolve(null),
    isCut(filter.by) ? allCuts(filter, async (g, within) => (await countIndicator(reoffending, g, within)).map((c) => ({ ...c, values: { people: c.values.people!, reoffenders: c.values.reoffenders!, seriousReoffenders: c.values.seriousReoffenders! } })), figuresOf) : Promise.resolve(null),
  ])
  const control = areas && isAreaLevel(filter.by) ? areaControl(areas, filter.by, countDefs) : cut ? cutControl(cut, chosenArea(filter), countDefs) : (total: IndicatorCounts, rows: IndicatorCounts[], withheld?: ReadonlyMap<string | null, ReadonlySet<string>>) => controlTotalAndRows(total, rows, countDefs, filter.by === 'priorityGroup', withheld)
  return quartersBetween(filter.from, filter.to).map((quarter) => {
    const total = totals.find((t) => t.quarter === quarter) ?? empty(quarter, 'all')
    const inQuarter = rows.filter((r) => r.quarter === quarter)
    const shown = control(asCounts(total), inQuarter.map(asCounts), withheld.get(quarter))
    const of = (c: ReoffendingCounts, s: Record<string, Shown>) => measures(c, s.people!, s.reoffenders!, s.seriousReoffenders!)
    return { quarter, interim: isInterim(quarter, today), total: of(total, shown[0]!), rows: inQuarter.map((r, i) => ({ key: r.key, measures: of(r, shown[1 + i]!) })) }
  })
}
