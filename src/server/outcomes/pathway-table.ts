import 'server-only'
import type { Pathway } from '../../generated/prisma/enums'
import type { Shown } from '../../lib/outcomes/disclosure'
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
