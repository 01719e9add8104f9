// Secondary suppression over linked figures (issue 14 "Disclosure control": "secondary suppression so a hidden cell
// cannot be worked out from totals"; docs/decisions/0019-disclosure-that-cannot-be-undone.md). A table's total is
// also a figure of another table (a force's total is a row of the breakdown by force, a strand's total is the sum of
// its cohorts and a part of the IOM total): suppression must hold across every relation, not one column at a time.
import { boundsPartners } from './bounds'
import type { Shown } from './disclosure'
import { type Relation, smallestShown, withheld } from './relation'
import { WithheldEquations } from './withheld-equations'

export type { Relation } from './relation'

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
 * Then, because several relations together can isolate a figure that no single one does (break tests 27 D1 and 28
 * D4: two age bands withheld in all Wales and in South Wales, one of them only in South Wales, gave Gwent's other
 * one back in four steps), while some withheld figure is determined by all the relations together (`determined`),
 * one more figure of a relation that determines it is withheld (`partnersOfDetermined`) and the one-relation rule
 * runs again, until none is or nothing more can be withheld.
 */
export function protectLinked(counts: readonly number[], shown: readonly Shown[], relations: readonly Relation[], fixed: ReadonlySet<number> = new Set()): Shown[] {
  const out = protectEachRelation(counts, shown, relations, fixed)
  const check = determinabilityCheck(relations)
  for (let partners = check.partners(counts, out, fixed); partners.length > 0; partners = check.partners(counts, out, fixed)) {
    for (const partner of partners) out[partner] = { value: null, suppressed: 'secondary' }
    protectEachRelation(counts, out, relations, fixed).forEach((s, i) => (out[i] = s))
  }
  return out
}

/**
 * The one-relation rule alone (ADR 0019's first rule): no relation with exactly one withheld figure. Input and output
 * as protectLinked. For a caller that interleaves other rules with it and checks `determined` over all of them at the
 * end (indicator-table.ts, controlLinked: parts of a row across measures).
 */
export function protectEachRelation(counts: readonly number[], shown: readonly Shown[], relations: readonly Relation[], fixed: ReadonlySet<number> = new Set()): Shown[] {
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
 * Whether some withheld figure can be worked out by subtraction alone: repeatedly, any relation with exactly one
 * unknown figure makes it known. Input as protectLinked; output the indices recovered. A weaker attack than
 * `determined` (it misses what several relations give only together); kept for the tests that show the difference.
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

type Partners = (counts: readonly number[], shown: readonly Shown[], fixed?: ReadonlySet<number>) => number[]

/**
 * The control's determinability check over fixed relations, kept across its passes (WithheldEquations): `partners`
 * for figures the equations determine (`determinedPartners`, as partnersOfDetermined) or, when none is, that the
 * bounds pin (bounds.ts boundsPartners; break 34 D1), for statuses that only ever withhold more from one call to the
 * next (else the equations start over).
 */
export function determinabilityCheck(relations: readonly Relation[]): { partners: Partners; determinedPartners: Partners } {
  let equations: WithheldEquations | null = null
  const pinned = boundsPartners(relations)
  const check = {
    partners: (counts: readonly number[], shown: readonly Shown[], fixed: ReadonlySet<number> = new Set()) => {
      const found = check.determinedPartners(counts, shown, fixed)
      return found.length > 0 ? found : pinned(counts, shown, fixed)
    },
    determinedPartners(counts: readonly number[], shown: readonly Shown[], fixed: ReadonlySet<number> = new Set()): number[] {
      if (!equations || !equations.covers(shown)) equations = new WithheldEquations(relations, shown)
      else equations.withhold(shown)
      const found = equations.determined()
      if (found.length === 0) return []
      // Which system each figure is in matters only when there are two or more to choose between.
      const systemOf = found.length > 1 ? equations.systemOf(shown) : () => 0
      const partners = new Set<number>()
      const done = new Set<number>()
      for (const u of found) {
        const system = systemOf(u)
        if (done.has(system)) continue
        const partner = smallestShown([...equations.combinationFor(u).keys()].flatMap((r) => relations[r]!), counts, shown, fixed)
        if (partner === null) continue
        partners.add(partner)
        done.add(system)
      }
      return [...partners].sort((a, b) => a - b)
    },
  }
  return check
}

/**
 * The attack of break tests 27 D1 and 28 D4, as strong as the testers' solver: every relation is a linear equation,
 * every shown figure (and every absent row, a published 0, which is simply not in any relation) is substituted, and
 * a withheld figure is recoverable iff the equations fix its value, i.e. its unit vector lies in the row space of
 * the relation matrix restricted to the withheld figures (sparse elimination over the withheld unknowns only, exact
 * modulo a prime: WithheldEquations). Subtraction from one relation (`recoverable`) is the special case
 * of a row with one withheld figure.
 * Input: the statuses (withheld = value null and suppressed) and the relations (whole first; see Relation).
 * Output: the indices of the withheld figures so determined, ascending. ADR 0019 ("Amendment: several equations").
 */
export function determined(shown: readonly Shown[], relations: readonly Relation[]): number[] {
  return new WithheldEquations(relations, shown).determined()
}

/**
 * The figures to withhold next so that determined figures (`determined`) no longer are: in each independent system
 * that determines some, for its first determined figure (by index) that has one, the smallest non-zero shown figure
 * (lowest index on a tie) that is not `fixed`, of a relation that takes part in determining it (a relation with a
 * non-zero multiple in the combination that gives its value); a shown 0 only when no non-zero one can be (as
 * protectLinked's rule). An absent row, a published 0, is in no relation, so it is never chosen. One per system (they
 * share no withheld figure, so one's choice does not change what another determines; the caller checks again).
 * Output: indices, ascending and distinct; none when nothing is determined or nothing can be withheld (a figure
 * determined by fixed figures alone is the fixed table's to protect).
 */
export function partnersOfDetermined(counts: readonly number[], shown: readonly Shown[], relations: readonly Relation[], fixed: ReadonlySet<number> = new Set()): number[] {
  return determinabilityCheck(relations).determinedPartners(counts, shown, fixed)
}
