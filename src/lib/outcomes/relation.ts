// What the disclosure control reasons over (ADR 0019): the relations between figures, and which figures are withheld.
import type { Shown } from './disclosure'

/**
 * One linear relation between figures: the indices of a whole and then its parts (whole = part₁ + … + partₙ; every
 * relation in the outcome tables is built so). The one-relation rule needs only which figures take part; the
 * determinability check reads the signs from that order: +1 for the first, −1 for each other.
 */
export type Relation = readonly number[]

/** Whether a figure is withheld: no value, and not a figure that does not apply (a rate over no one). */
export const withheld = (s: Shown) => s.value === null && s.suppressed !== false

/**
 * The partner the control withholds beside a figure it must protect: among `figures` (the relations' members it may
 * choose from), the smallest non-zero shown count that is not `fixed`, lowest index on a tie; a shown 0 only when no
 * non-zero one can be (a withheld 0 is as good as any: the reader cannot tell it from 1 to 4). Null when none can be.
 */
export function smallestShown(figures: Iterable<number>, counts: readonly number[], shown: readonly Shown[], fixed: ReadonlySet<number>): number | null {
  const rank = (i: number) => (counts[i]! > 0 ? counts[i]! : Number.MAX_SAFE_INTEGER)
  let partner: number | null = null
  for (const i of figures) {
    if (withheld(shown[i]!) || fixed.has(i)) continue
    if (partner === null || rank(i) < rank(partner) || (rank(i) === rank(partner) && i < partner)) partner = i
  }
  return partner
}

/** Each figure's relations, by index into `relations` (a figure in none is absent). */
export function relationsByFigure(relations: readonly Relation[]): Map<number, number[]> {
  const of = new Map<number, number[]>()
  relations.forEach((r, k) => r.forEach((i) => (of.get(i) ?? of.set(i, []).get(i)!).push(k)))
  return of
}
