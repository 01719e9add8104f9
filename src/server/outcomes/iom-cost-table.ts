import 'server-only'
import type { IomStrand } from '../../generated/prisma/enums'
import type { Shown } from '../../lib/outcomes/disclosure'
import type { Relation } from '../../lib/outcomes/linked-suppression'
import { controlLinked, type MeasureDef } from './indicator-table'
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
 * total and the total of every cohort. Disclosure control as every outcome table, but over the whole table at once
 * (controlLinked, ADR 0019): the total is the sum of the strands and each strand the sum of its cohorts, so a figure
 * withheld at one level cannot be worked out from another (a strand withheld as a partner is not the sum of its shown
 * cohorts); mean costs need 10 followed-up members.
 */
export function iomCostTable(rows: IomCohortCounts[]): IomCostTable {
  const strandsSeen = [...new Set(rows.map((r) => r.strand))]
  const cohortsOf = strandsSeen.map((strand) => rows.filter((r) => r.strand === strand))
  // Row 0 the total, then one row per strand, then every cohort strand by strand.
  const cohortRows = cohortsOf.flat()
  const all = [sum(rows), ...cohortsOf.map(sum), ...cohortRows.map((c) => ({ quarter: 'all', key: c.cohortId, values: c.values }))]
  let next = 1 + strandsSeen.length
  const relations: Relation[] = [[0, ...strandsSeen.map((_, i) => 1 + i)], ...cohortsOf.map((cohorts, i) => [1 + i, ...cohorts.map(() => next++)])]
  const shown = controlLinked(all, iomCostMeasures, relations)
  let cohortIndex = 1 + strandsSeen.length
  return {
    strands: strandsSeen.map((strand, i) => ({
      strand, total: shown[1 + i]!,
      cohorts: cohortsOf[i]!.map((c) => ({ key: c.cohortId, name: c.name, nameCy: c.nameCy, measures: shown[cohortIndex++]! })),
    })),
    total: shown[0]!,
  }
}
