import 'server-only'
import { shownCount, shownRatio, shownShare, withSecondary, type Shown } from '../../lib/outcomes/disclosure'
import { quarterEnd, quartersBetween, type Quarter } from '../../lib/outcomes/quarters'
import type { IndicatorCounts } from './person-joins'

/**
 * A measure of an indicator: a count of its own, or a share `of` another (shown as a count and a `…Rate`). Measures
 * with the same `part` add up to a figure shown beside them (appointments attended, acceptable and unacceptable make
 * all appointments), so one of them withheld alone would follow from the rest. A `mean` is a total (of scores) never
 * shown itself, only as `…Mean` per item of its base, on a base of at least 10.
 */
export type MeasureDef = { id: string; of?: string; part?: string; mean?: string }

export type IndicatorQuarter = { quarter: Quarter; interim: boolean; total: Record<string, Shown>; rows: { key: string | null; measures: Record<string, Shown> }[] }

const hidden = (s: Shown): Shown => ({ value: null, suppressed: s.suppressed || 'secondary' })

/**
 * Disclosure control over the rows of one quarter (security of aggregates, issue 14): counts lose 1 to 4, shares
 * also lose a small complement; then, until nothing changes, secondary suppression down every column (unless the rows
 * overlap, as priority groups do) and across each row's parts, and a figure whose base is withheld is withheld too.
 * Rates need a base of 10.
 */
export function controlRows(rows: IndicatorCounts[], defs: MeasureDef[], overlapping: boolean): Record<string, Shown>[] {
  const count = (i: number, id: string) => rows[i]!.values[id] ?? 0
  const out = rows.map((r, i) => {
    const row: Record<string, Shown> = {}
    for (const def of defs) {
      row[def.id] = def.mean ? { value: null, suppressed: 'secondary' } : def.of ? shownShare(count(i, def.id), count(i, def.of)) : shownCount(count(i, def.id))
    }
    return row
  })
  const counted = defs.filter((d) => !d.mean)
  const parts = [...new Set(defs.flatMap((d) => (d.part ? [d.part] : [])))].map((part) => defs.filter((d) => d.part === part).map((d) => d.id))
  for (let changed = true; changed; ) {
    const before = JSON.stringify(out)
    if (!overlapping) {
      for (const def of counted) withSecondary(out.map((r) => r[def.id]!), rows.map((_, i) => count(i, def.id))).forEach((s, i) => (out[i]![def.id] = s))
    }
    out.forEach((row, i) => {
      for (const ids of parts) withSecondary(ids.map((id) => row[id]!), ids.map((id) => count(i, id))).forEach((s, j) => (row[ids[j]!] = s))
      for (const def of defs) if (def.of && row[def.of]!.suppressed && !row[def.id]!.suppressed) row[def.id] = hidden(row[def.of]!)
    })
    changed = JSON.stringify(out) !== before
  }
  out.forEach((row, i) => {
    for (const def of defs) {
      if (def.of) row[`${def.id}Rate`] = row[def.of]!.suppressed ? hidden(row[def.of]!) : shownRatio(row[def.id]!, count(i, def.of), count(i, def.id))
      if (def.mean) row[`${def.id}Mean`] = row[def.mean]!.suppressed ? hidden(row[def.mean]!) : shownRatio({ value: count(i, def.id), suppressed: false }, count(i, def.mean), count(i, def.id))
    }
  })
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
