import 'server-only'
import { shownCount, shownRatio, shownShare, withSecondary, type Shown } from '../../lib/outcomes/disclosure'
import { isInterim, quartersBetween, type Quarter } from '../../lib/outcomes/quarters'
import { type TOutcomeFilter } from './outcome-filter'
import { queryReoffending, type ReoffendingCounts } from './reoffending-query'

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

/** Disclosure control over the rows of one quarter: primary per cell, secondary down each column that sums to the total. */
function controlledRows(rows: ReoffendingCounts[], overlapping: boolean): ReoffendingMeasures[] {
  const secondary = (shown: Shown[], counts: number[]) => (overlapping ? shown : withSecondary(shown, counts))
  const people = secondary(rows.map((r) => shownCount(r.people)), rows.map((r) => r.people))
  const reoffenders = secondary(rows.map((r) => shownShare(r.reoffenders, r.people)), rows.map((r) => r.reoffenders))
  const serious = secondary(rows.map((r) => shownShare(r.seriousReoffenders, r.people)), rows.map((r) => r.seriousReoffenders))
  return rows.map((r, i) => measures(r, people[i]!, reoffenders[i]!, serious[i]!))
}

/** Proven reoffending quarters of a parsed filter, oldest first, disclosure-controlled; interim on London's `today`. */
export async function reoffendingQuarters(filter: TOutcomeFilter, today: string): Promise<ReoffendingQuarter[]> {
  const [totals, rows] = await Promise.all([queryReoffending({ ...filter, by: 'none' }), filter.by === 'none' ? Promise.resolve([]) : queryReoffending(filter)])
  return quartersBetween(filter.from, filter.to).map((quarter) => {
    const total = totals.find((t) => t.quarter === quarter) ?? empty(quarter, 'all')
    const inQuarter = rows.filter((r) => r.quarter === quarter)
    const controlled = controlledRows(inQuarter, filter.by === 'priorityGroup')
    return { quarter, interim: isInterim(quarter, today), total: controlledRows([total], true)[0]!, rows: inQuarter.map((r, i) => ({ key: r.key, measures: controlled[i]! })) }
  })
}
