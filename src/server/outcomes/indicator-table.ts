import 'server-only'
import { SMALLEST_RATE_BASE, shownCount, shownRatio, shownShare, withSecondary, type Shown } from '../../lib/outcomes/disclosure'
import { determinabilityCheck, protectEachRelation, type Relation } from '../../lib/outcomes/linked-suppression'
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
 * also lose a small complement; secondary suppression down every column (unless the rows overlap, as priority groups
 * do) and across each row's parts. As controlLinked with the column as one relation.
 */
export function controlRows(rows: IndicatorCounts[], defs: MeasureDef[], overlapping: boolean): Record<string, Shown>[] {
  return controlLinked(rows, defs, overlapping ? [] : [rows.map((_, i) => i)])
}

/**
 * Disclosure control over figures linked by relations between rows (issue 14 "secondary suppression so a hidden cell
 * cannot be worked out from totals"; ADR 0019). `rows` may hold totals as well as their parts (a view's total and
 * its breakdown; the IOM total, its strands and their cohorts); `relations` say which rows add up to which, as row
 * indices (protectLinked). Counts lose 1 to 4, shares also lose a small complement; `withheld` forces measures of a
 * row withheld (a filtered total withheld in the breakdown over its filter); rows in `fixed` keep the status they
 * would have alone (decided by a coarser table). Then, until nothing changes: every relation holds for every count
 * measure (no relation with exactly one withheld figure), each row's parts likewise, and a figure whose base is
 * withheld is withheld too. Rates need a base of 10; means likewise. Output: each row's measures, same order.
 */
export function controlLinked(rows: IndicatorCounts[], defs: MeasureDef[], relations: Relation[], o: { fixed?: ReadonlySet<number>; withheld?: ReadonlyMap<number, ReadonlySet<string>> } = {}): Record<string, Shown>[] {
  const count = (i: number, id: string) => rows[i]!.values[id] ?? 0
  // A sum behind a mean (costs) is never shown, but mean × base gives it back wherever the mean is shown (a base of
  // 10 or more), so it takes part in the relations as shown there: a withheld mean is not total minus the rest. Over
  // a base of 0 the sum is known to be 0 and hides nothing: its mean is "not applicable", not withheld (walk 29 D3).
  const meanSum = (i: number, def: MeasureDef): Shown => {
    const base = count(i, def.mean!)
    return base === 0 || base >= SMALLEST_RATE_BASE ? { value: count(i, def.id), suppressed: false } : { value: null, suppressed: 'base' }
  }
  // Withheld in another view. A sum behind a mean is never shown there (below), so what that view withheld of it is
  // its mean (walk 34 D1: every filtered view took the hidden sum for a withheld one, so its mean over nothing read "[c]").
  const forced = (i: number, def: MeasureDef) => !!o.withheld?.get(i)?.has(def.mean ? `${def.id}Mean` : def.id)
  const out = rows.map((r, i) => {
    const row: Record<string, Shown> = {}
    for (const def of defs) {
      const alone = def.mean ? meanSum(i, def) : def.of ? shownShare(count(i, def.id), count(i, def.of)) : shownCount(count(i, def.id))
      // Withheld elsewhere: withheld here too, said to be small where it is small.
      row[def.id] = forced(i, def) && !alone.suppressed ? { value: null, suppressed: 'secondary' } : alone
    }
    return row
  })

  const parts = [...new Set(defs.flatMap((d) => (d.part ? [d.part] : [])))].map((part) => defs.filter((d) => d.part === part).map((d) => d.id))
  const withinRow = (row: Record<string, Shown>, i: number) => {
    for (const ids of parts) withSecondary(ids.map((id) => row[id]!), ids.map((id) => count(i, id))).forEach((s, j) => (row[ids[j]!] = s))
    for (const def of defs) {
      const base = def.of ?? def.mean
      if (base && row[base]!.suppressed && !row[def.id]!.suppressed) row[def.id] = hidden(row[base]!)
    }
  }
  // A fixed row's status is what it would be alone: settle its own parts and bases before the relations see it.
  for (const i of o.fixed ?? []) {
    for (let was = ''; was !== JSON.stringify(out[i]); ) {
      was = JSON.stringify(out[i])
      withinRow(out[i]!, i)
    }
  }
  // Every rule here only ever withholds a shown figure (and never restates a withheld one), so a pass changed
  // something iff more figures are withheld after it: a count, not a copy of every status.
  const withheldCount = () => out.reduce((n, row) => n + defs.filter((d) => row[d.id]!.suppressed).length, 0)
  const countsOf = defs.map((def) => rows.map((_, i) => count(i, def.id)))
  // Zeros a shown zero bounds are known, so withholding one protects nothing: never chosen as a partner (walk 29 D3).
  const zeros = knownZeros(rows.length, defs, relations, (i, d) => count(i, defs[d]!.id), (i, d) => forced(i, defs[d]!))
  const fixedOf = defs.map((_, d) => new Set([...(o.fixed ?? []), ...rows.flatMap((_, i) => (zeros.has(i * defs.length + d) ? [i] : []))]))
  const eachRelation = () => {
    for (let changed = true; changed; ) {
      const before = withheldCount()
      defs.forEach((def, d) => protectEachRelation(countsOf[d]!, out.map((r) => r[def.id]!), relations, fixedOf[d]).forEach((s, i) => (out[i]![def.id] = s)))
      out.forEach((row, i) => withinRow(row, i))
      changed = withheldCount() !== before
    }
  }
  eachRelation()
  // Several relations together, and a row's parts across measures, can determine a figure no one relation gives
  // (break tests 27 D1, 28 D4; ADR 0019 amendment "several equations"): every measure of every row is one unknown of
  // one system, and while one is determined, a figure of a relation that determines it is withheld too (one per
  // independent system), then the one-relation rules run again. Each step withholds more, so it ends.
  const joint = jointSystem(rows.length, defs, relations, o.fixed)
  const flatCounts = rows.flatMap((_, i) => defs.map((d) => count(i, d.id)))
  // Kept across the passes: each only adds the figures the last one withheld (linked-suppression.ts).
  const check = determinabilityCheck(joint.relations)
  for (;;) {
    const partners = check.partners(flatCounts, out.flatMap((row) => defs.map((d) => row[d.id]!)), new Set([...joint.fixed, ...zeros]))
    if (partners.length === 0) break
    for (const partner of partners) out[Math.floor(partner / defs.length)]![defs[partner % defs.length]!.id] = { value: null, suppressed: 'secondary' }
    eachRelation()
  }
  out.forEach((row, i) => {
    for (const def of defs) {
      if (def.of) row[`${def.id}Rate`] = row[def.of]!.suppressed ? hidden(row[def.of]!) : shownRatio(row[def.id]!, count(i, def.of), count(i, def.id))
      if (def.mean) {
        row[`${def.id}Mean`] = row[def.mean]!.suppressed ? hidden(row[def.mean]!) : row[def.id]!.suppressed ? hidden(row[def.id]!) : shownRatio({ value: count(i, def.id), suppressed: false }, count(i, def.mean), count(i, def.id))
        row[def.id] = { value: null, suppressed: 'secondary' }
      }
    }
  })
  return out
}

/**
 * The figures (`row × defs.length + measure`) known to be 0 from a shown 0 that bounds them: a share, or the sum
 * behind a mean, of a base of 0; the parts of a whole of 0 (a row's `part`s; a relation's parts, its first figure
 * being the whole); and that bounding 0 itself. Counts are never negative, so a reader who sees the bounding 0 knows
 * them all: withheld, they would show "[c]" beside a total of 0 and protect nothing (walk 29 D3 of issue 14: an IOM
 * cohort with no members in an area listed with withheld cells; a withheld cell whose only partner was such a zero
 * could be worked out). Figures withheld by another view (`forced`) never count as known here.
 * Input: row count, the measures, relations between rows, each figure's raw count and whether it is forced withheld.
 * Output: the set of figure indices.
 */
function knownZeros(rowCount: number, defs: MeasureDef[], relations: Relation[], count: (i: number, d: number) => number, forced: (i: number, d: number) => boolean): Set<number> {
  const at = (i: number, d: number) => i * defs.length + d
  const known = new Set<number>()
  const bound = (whole: [number, number], parts: [number, number][]) => {
    if (count(...whole) !== 0 || forced(...whole)) return
    const zeroParts = parts.filter((p) => !forced(...p) && count(...p) === 0)
    if (!zeroParts.length) return
    known.add(at(...whole))
    for (const p of zeroParts) known.add(at(...p))
  }
  const index = new Map(defs.map((def, d) => [def.id, d]))
  for (let i = 0; i < rowCount; i++) {
    defs.forEach((def, d) => {
      const base = def.of ?? def.mean
      if (base !== undefined) bound([i, index.get(base)!], [[i, d]])
    })
    for (const part of new Set(defs.flatMap((d) => (d.part ? [d.part] : [])))) {
      const parts = defs.flatMap((def, j) => (def.part === part ? [j] : []))
      bound([i, index.get(defs[parts[0]!]!.of ?? defs[0]!.id)!], parts.map((j) => [i, j]))
    }
  }
  for (const r of relations) defs.forEach((_, d) => bound([r[0]!, d], r.slice(1).map((i) => [i, d])))
  return known
}

/**
 * controlLinked's relations as one system over every measure of every row (figure `row × defs.length + measure`):
 * each relation between rows for each measure, and in each row the parts of a measure (`part`) adding up to their
 * whole, the measure they are a share `of` (appointments = attended + acceptable + unacceptable) or else the table's
 * first measure (MAPPA: nominals = by level = by category). Fixed rows are fixed in every measure.
 */
function jointSystem(rowCount: number, defs: MeasureDef[], relations: Relation[], fixed: ReadonlySet<number> = new Set()): { relations: Relation[]; fixed: Set<number> } {
  const at = (i: number, d: number) => i * defs.length + d
  const joint: Relation[] = defs.flatMap((_, d) => relations.map((r) => r.map((i) => at(i, d))))
  for (const part of new Set(defs.flatMap((d) => (d.part ? [d.part] : [])))) {
    const parts = defs.flatMap((d, j) => (d.part === part ? [j] : []))
    const whole = defs.findIndex((d) => d.id === (defs[parts[0]!]!.of ?? defs[0]!.id))
    for (let i = 0; i < rowCount; i++) joint.push([at(i, whole), ...parts.map((j) => at(i, j))])
  }
  return { relations: joint, fixed: new Set([...fixed].flatMap((i) => defs.map((_, d) => at(i, d)))) }
}

/**
 * Per quarter, per row key (TOTAL_KEY for the view's total), the measures withheld because the same cell is withheld
 * in another view (filter-cells.ts).
 */
/** The key of a view's total among WithheldCells' row keys: no breakdown key (free-text ethnicity included) is it. */
export const TOTAL_KEY = '\u0000total'

export type WithheldCells = ReadonlyMap<string, ReadonlyMap<string | null, ReadonlySet<string>>>

/**
 * Quarters `from`..`to` oldest first, each with its controlled total and breakdown rows; `interim` says whether a
 * quarter's figures can still change on `today` (London `YYYY-MM-DD`). The total and its rows are controlled
 * together (controlTotalAndRows): the total as it would be alone, less the measures in `withheld`.
 */
export function byQuarter(o: { from: Quarter; to: Quarter; totals: IndicatorCounts[]; rows: IndicatorCounts[]; defs: MeasureDef[]; overlapping: boolean; today: string; interim: (q: Quarter, today: string) => boolean; withheld?: WithheldCells; control?: TotalAndRowsControl }): IndicatorQuarter[] {
  const control = o.control ?? ((total, rows, withheld) => controlTotalAndRows(total, rows, o.defs, o.overlapping, withheld))
  return quartersBetween(o.from, o.to).map((quarter) => {
    const total = o.totals.find((t) => t.quarter === quarter) ?? { quarter, key: 'all', values: {} }
    const inQuarter = o.rows.filter((r) => r.quarter === quarter)
    const [shownTotal, ...rows] = control(total, inQuarter, o.withheld?.get(quarter))
    return { quarter, interim: o.interim(quarter, o.today), total: shownTotal!, rows: inQuarter.map((r, i) => ({ key: r.key, measures: rows[i]! })) }
  })
}

/** How one quarter's total and rows are controlled: controlTotalAndRows, or with other tables (area-levels.ts). */
export type TotalAndRowsControl = (total: IndicatorCounts, rows: IndicatorCounts[], withheld?: ReadonlyMap<string | null, ReadonlySet<string>>) => Record<string, Shown>[]

/**
 * A view's total and its breakdown rows under one disclosure control (ADR 0019): the total is fixed as it would be
 * alone, with the measures in `withheld` ('total', and rows by key) withheld (the same cell is withheld in another
 * view: filter-cells.ts), and unless
 * the rows overlap they are its parts, so a withheld total is never the sum of shown rows nor a withheld row the total
 * less the others. Output: the total's measures, then each row's, in order.
 */
export function controlTotalAndRows(total: IndicatorCounts, rows: IndicatorCounts[], defs: MeasureDef[], overlapping: boolean, withheld?: ReadonlyMap<string | null, ReadonlySet<string>>): Record<string, Shown>[] {
  const relations: Relation[] = overlapping || rows.length === 0 ? [] : [[0, ...rows.map((_, i) => 1 + i)]]
  const forced = new Map<number, ReadonlySet<string>>()
  if (withheld?.get(TOTAL_KEY)) forced.set(0, withheld.get(TOTAL_KEY)!)
  rows.forEach((r, i) => withheld?.get(r.key) && forced.set(1 + i, withheld.get(r.key)!))
  return controlLinked([total, ...rows], defs, relations, { fixed: new Set([0]), withheld: forced })
}

/** Interim rule for figures that are final once the quarter is over (appointments, endings, releases). */
export const quarterNotOver = (quarter: Quarter, today: string) => quarterEnd(quarter) > today
