import 'server-only'
import type { IomStrand } from '../../generated/prisma/enums'
import type { Shown } from '../../lib/outcomes/disclosure'
import { controlRows, type MeasureDef } from './indicator-table'
import type { IomCohortCounts } from './iom-cost-query'
import type { IndicatorCounts } from './person-joins'

/** IOM measures: members, followed up, reoffenders; offences and mean cost per followed-up member before and after. */
export const iomCostMeasures: MeasureDef[] = [
  { id: 'members' }, { id: 'followedUp', of: 'members' }, { id: 'reoffenders', of: 'followedUp' },
  { id: 'offencesBefore' }, { id: 'offencesAfter' }, { id: 'costBefore', mean: 'followedUp' }, { id: 'costAfter', mean: 'followedUp' }, { id: 'uncosted' },
]

export type IomCostRow = { key: string; name: string; nameCy: string | null; measures: Record<string, Shown> }
export type IomCostTable = { strands: { strand: IomStrand; total: Record<string, Shown>; cohorts: IomCostRow[] }[]; total: Record<string, Shown> }

const sum = (rows: { values: Record<string, number> }[]): IndicatorCounts => ({
  quarter: 'all', key: 'all',
  values: Object.fromEntries(iomCostMeasures.map((d) => [d.id, rows.reduce((n, r) => n + (r.values[d.id] ?? 0), 0)])),
})

/**
 * The IOM table (issue 14 "IOM per cohort and strand") as it may be shown: each strand's cohorts, the strand's
 * total and the total of every cohort. Disclosure control as every outcome table (controlRows): the cohorts of a
 * strand are parts of the strand's total and the strands parts of the whole, so each set gets secondary
 * suppression; mean costs need 10 followed-up members.
 */
export function iomCostTable(rows: IomCohortCounts[]): IomCostTable {
  const strandsSeen = [...new Set(rows.map((r) => r.strand))]
  const strandTotals = strandsSeen.map((strand) => sum(rows.filter((r) => r.strand === strand)))
  const strandShown = controlRows(strandTotals, iomCostMeasures, false)
  return {
    strands: strandsSeen.map((strand, i) => {
      const cohorts = rows.filter((r) => r.strand === strand)
      const shown = controlRows(cohorts.map((c) => ({ quarter: 'all', key: c.cohortId, values: c.values })), iomCostMeasures, false)
      return { strand, total: strandShown[i]!, cohorts: cohorts.map((c, j) => ({ key: c.cohortId, name: c.name, nameCy: c.nameCy, measures: shown[j]! })) }
    }),
    total: controlRows([sum(rows)], iomCostMeasures, true)[0]!,
  }
}
