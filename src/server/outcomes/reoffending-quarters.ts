import 'server-only'
import { shownCount, shownRatio, type Shown } from '../../lib/outcomes/disclosure'
import { isInterim, quartersBetween, type Quarter } from '../../lib/outcomes/quarters'
import { type TOutcomeFilter } from './outcome-filter'
import { reoffending, type ReoffendingCounts } from './reoffending-query'
import { memoised, type FigureMemo } from './filter-cells'
import type { MeasureDef } from './indicator-table'
import type { IndicatorCounts } from './person-joins'
import { linkedView } from './linked-view'

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
export const countDefs: MeasureDef[] = [{ id: 'people' }, { id: 'reoffenders', of: 'people' }, { id: 'seriousReoffenders', of: 'people' }]

/**
 * Proven reoffending quarters of a parsed filter, oldest first, disclosure-controlled; interim on London's `today`.
 * Read from the cells of the filter's window and group, controlled together across areas, agencies and cuts
 * (linkedView, ADR 0019), so each figure has one status in every view.
 */
export function reoffendingQuarters(filter: TOutcomeFilter, today: string, memo: FigureMemo = new Map()): Promise<ReoffendingQuarter[]> {
  return memoised(memo, 'reoffending', filter, async () => {
    const view = await linkedView('reoffending', reoffending, countDefs, filter, quartersBetween(filter.from, filter.to), memo)
    const of = (c: IndicatorCounts, s: Record<string, Shown>) => measures(fromCounts(c), s.people!, s.reoffenders!, s.seriousReoffenders!)
    return view.map((q) => ({ quarter: q.quarter as Quarter, interim: isInterim(q.quarter as Quarter, today), total: of(q.total.counts, q.total.shown), rows: q.rows.map((r) => ({ key: r.key, measures: of(r.counts, r.shown) })) }))
  })
}

const fromCounts = ({ quarter, key, values: v }: IndicatorCounts): ReoffendingCounts => ({ quarter, key, people: v.people ?? 0, reoffenders: v.reoffenders ?? 0, reoffences: v.reoffences ?? 0, seriousReoffenders: v.seriousReoffenders ?? 0, seriousReoffences: v.seriousReoffences ?? 0 })
