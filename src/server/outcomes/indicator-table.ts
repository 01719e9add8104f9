import 'server-only'
import { shownCount, shownRatio, shownShare, withSecondary, type Shown } from '../../lib/outcomes/disclosure'
import { quarterEnd, quartersBetween, type Quarter } from '../../lib/outcomes/quarters'
import type { IndicatorCounts } from './person-joins'

/** A measure of an indicator: a count of its own, or a share `of` another (shown as a count and a `…Rate`). */
export type MeasureDef = { id: string; of?: string }

export type IndicatorQuarter = { quarter: Quarter; interim: boolean; total: Record<string, Shown>; rows: { key: string | null; measures: Record<string, Shown> }[] }

const hidden = (s: Shown): Shown => ({ value: null, suppressed: s.suppressed || 'secondary' })

/**
 * Disclosure control over the rows of one quarter (security of aggregates, issue 14): counts lose 1 to 4, shares
 * also lose a small complement, every column gets secondary suppression unless the rows overlap (priority groups),
 * rates need a base of 10, and a row whose base is withheld shows nothing.
 */
export function controlRows(rows: IndicatorCounts[], defs: MeasureDef[], overlapping: boolean): Record<string, Shown>[] {
  const out = rows.map(() => ({}) as Record<string, Shown>)
  const secondary = (shown: Shown[], counts: number[]) => (overlapping ? shown : withSecondary(shown, counts))
  for (const def of defs) {
    const counts = rows.map((r) => r.values[def.id] ?? 0)
    const primary = rows.map((r, i) => {
      if (!def.of) return shownCount(counts[i]!)
      const base = out[i]![def.of]!
      return base.suppressed ? hidden(base) : shownShare(counts[i]!, r.values[def.of] ?? 0)
    })
    secondary(primary, counts).forEach((s, i) => {
      out[i]![def.id] = s
      if (def.of) out[i]![`${def.id}Rate`] = out[i]![def.of]!.suppressed ? hidden(out[i]![def.of]!) : shownRatio(s, rows[i]!.values[def.of] ?? 0, counts[i]!)
    })
  }
  return out
}

/**
 * Quarters `from`..`to` oldest first, each with its controlled total and breakdown rows; `interim` says whether a
 * quarter's figures can still change on `today` (London `YYYY-MM-DD`).
 */
export function byQuarter(o: { from: Quarter; to: Quarter; totals: IndicatorCounts[]; rows: IndicatorCounts[]; defs: MeasureDef[]; overlapping: boolean; today: string; interim: (q: Quarter, today: string) => boolean }): IndicatorQuarter[] {
  return quartersBetween(o.from, o.to).map((quarter) => {
    const total = o.totals.find((t) => t.quarter === quarter) ?? { quarter, key: 'all', values: {} }
    const inQuarter = o.rows.filter((r) => r.quarter === quarter)
    const controlled = controlRows(inQuarter, o.defs, o.overlapping)
    return { quarter, interim: o.interim(quarter, o.today), total: controlRows([total], o.defs, true)[0]!, rows: inQuarter.map((r, i) => ({ key: r.key, measures: controlled[i]! })) }
  })
}

/** Interim rule for figures that are final once the quarter is over (appointments, endings, releases). */
export const quarterNotOver = (quarter: Quarter, today: string) => quarterEnd(quarter) > today
