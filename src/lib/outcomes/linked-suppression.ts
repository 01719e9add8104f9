// Secondary suppression over linked figures (issue 14 "Disclosure control": "secondary suppression so a hidden cell
// cannot be worked out from totals"; docs/decisions/0019-disclosure-that-cannot-be-undone.md). A table's total is
// also a figure of another table (a force's total is a row of the breakdown by force, a strand's total is the sum of
// its cohorts and a part of the IOM total): suppression must hold across every relation, not one column at a time.
import type { Shown } from './disclosure'

/**
 * One linear relation between figures: the indices of figures whose signed sum is known to be 0 (a total and its
 * parts: total = part₁ + … + partₙ). Only which figures take part matters for the rule, not the signs.
 */
export type Relation = readonly number[]

const withheld = (s: Shown) => s.value === null && s.suppressed !== false

/**
 * Secondary suppression that holds across linked relations. Input: each figure's raw count (`counts`, people or events,
 * ≥ 0), its status after primary suppression (`shown`, same order), the relations between figures, and `fixed`,
 * figures whose status was decided elsewhere (a margin decided by a coarser table) and must not change here.
 * Output: the statuses, same order, such that **no relation has exactly one withheld figure**, so nothing withheld
 * can be had by subtracting shown figures from a shown total, however many views are put together (each relation is
 * one equation; with two or more unknowns in every equation, subtraction never starts).
 * A relation with one withheld figure gets a second: the smallest non-zero shown figure that is not fixed; failing
 * that the smallest shown zero (a withheld 0 is as good as any: the reader cannot tell it from 1 to 4). Repeated until
 * nothing changes (each step withholds one more figure, so it ends). A relation whose other figures are all fixed
 * (or a total with no parts at all) is left as it is: it is the fixed table's to protect, and this one cannot.
 */
export function protectLinked(counts: readonly number[], shown: readonly Shown[], relations: readonly Relation[], fixed: ReadonlySet<number> = new Set()): Shown[] {
  const out = [...shown]
  for (let changed = true; changed; ) {
    changed = false
    for (const relation of relations) {
      if (relation.filter((i) => withheld(out[i]!)).length !== 1) continue
      const candidates = relation.filter((i) => !withheld(out[i]!) && !fixed.has(i))
      if (candidates.length === 0) continue
      const rank = (i: number) => (counts[i]! > 0 ? counts[i]! : Number.MAX_SAFE_INTEGER)
      const partner = candidates.reduce((best, i) => (rank(i) < rank(best) ? i : best))
      out[partner] = { value: null, suppressed: 'secondary' }
      changed = true
    }
  }
  return out
}

/**
 * Whether some withheld figure can be worked out by subtraction (the attack protectLinked closes): repeatedly, any
 * relation with exactly one unknown figure makes it known. Input as protectLinked; output the indices recovered.
 * For tests and the property test of every view (tests/integration/outcomes/disclosure-views.int.test.ts).
 */
export function recoverable(shown: readonly Shown[], relations: readonly Relation[]): number[] {
  const known = shown.map((s) => !withheld(s))
  const found: number[] = []
  for (let changed = true; changed; ) {
    changed = false
    for (const relation of relations) {
      const unknown = relation.filter((i) => !known[i])
      if (unknown.length !== 1) continue
      known[unknown[0]!] = true
      found.push(unknown[0]!)
      changed = true
    }
  }
  return found
}
