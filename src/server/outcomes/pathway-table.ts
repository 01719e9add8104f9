import 'server-only'
import type { Pathway } from '../../generated/prisma/enums'
import type { Shown } from '../../lib/outcomes/disclosure'
import type { Quarter } from '../../lib/outcomes/quarters'
import { controlRows } from './indicator-table'
import type { IndicatorCounts } from './person-joins'
import { pathwayKeys, pathwayNeedMeasures, pathwayReferralMeasures } from './pathway-query'

export type PathwayTable = {
  rows: { pathway: Pathway; measures: Record<string, Shown> }[]
  /** The referral figures of every pathway together (each referral is on one pathway); no people with a need. */
  total: Record<string, Shown>
}

/**
 * The pathway table (issue 14 item 3) as it may be shown: all nine pathways in order (none recorded: zeros), then
 * the total of the referral figures. Disclosure control as every outcome table (controlRows): the referral figures
 * are disjoint parts of the total shown, so they get secondary suppression down each column, and their sums equal
 * the total; people with a need overlap across pathways, so they get primary suppression only and no total.
 */
export function pathwayTable(counts: IndicatorCounts[]): PathwayTable {
  const rows = pathwayKeys.map((pathway) => counts.find((c) => c.key === pathway) ?? { quarter: 'all', key: pathway, values: {} })
  const referrals = controlRows(rows, pathwayReferralMeasures, false)
  const needs = controlRows(rows, pathwayNeedMeasures, true)
  const sum = Object.fromEntries(pathwayReferralMeasures.map((d) => [d.id, rows.reduce((n, r) => n + (r.values[d.id] ?? 0), 0)]))
  return {
    rows: pathwayKeys.map((pathway, i) => ({ pathway, measures: { ...needs[i]!, ...referrals[i]! } })),
    total: controlRows([{ quarter: 'all', key: 'all', values: sum }], pathwayReferralMeasures, true)[0]!,
  }
}

/** The pathway table over quarters `from`..`to`, all final (over) or all interim (not over). */
export type PathwayPeriod = PathwayTable & { from: Quarter; to: Quarter }

/**
 * The pathway figures of a filter (issue 14: "a quarter not over is interim and kept apart", as every indicator):
 * `final`, the table over the filter's quarters that are over, and `interim`, the table over those not over yet
 * (at most the current one); null where there are none. Never one table mixing the two.
 */
export type PathwayFigures = { final: PathwayPeriod | null; interim: PathwayPeriod | null }

/** The tables of PathwayFigures to show, the final one first, each saying whether it is interim. */
export const pathwayPeriods = (f: PathwayFigures): (PathwayPeriod & { interim: boolean })[] => [
  ...(f.final ? [{ ...f.final, interim: false }] : []),
  ...(f.interim ? [{ ...f.interim, interim: true }] : []),
]
