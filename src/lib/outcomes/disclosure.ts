// Statistical disclosure control for aggregate outcome figures (issue 14 "Disclosure control", following the
// Government Statistical Service guidance on protecting confidentiality in tables: primary suppression of small
// counts, secondary suppression so a hidden cell cannot be worked out from a total).

/** Counts from 1 to this many are never shown; 0 is shown (it discloses nothing about a person). */
export const SMALLEST_SHOWN_COUNT = 5
/** No rate or average is shown on a base smaller than this. */
export const SMALLEST_RATE_BASE = 10

/**
 * A figure as it may be shown: the value, null with the reason it is withheld, or null because there is nothing to
 * show (a rate on a base of 0: nothing is hidden, so it is not marked as withheld; issue 14 item 1 of the leads' work).
 */
export type Shown = { value: number; suppressed: false } | { value: null; suppressed: 'small' | 'secondary' | 'base' } | { value: null; suppressed: false; notApplicable: true }

/** A rate or average whose base is 0: not applicable, as distinct from withheld. */
export const NOT_APPLICABLE: Shown = { value: null, suppressed: false, notApplicable: true }

/** Whether a figure is "not applicable" (a rate on a base of 0) rather than a value or a withheld figure. */
export const isNotApplicable = (s: Shown | undefined): boolean => !!s && s.value === null && !s.suppressed

const show = (value: number): Shown => ({ value, suppressed: false })

/** Primary suppression of one count. */
export const shownCount = (n: number): Shown => (n >= 1 && n < SMALLEST_SHOWN_COUNT ? { value: null, suppressed: 'small' } : show(n))

/**
 * A ratio (numerator / base, e.g. 0.25 for 25%, or reoffences per person): withheld on a base under 10, and when its
 * numerator is itself withheld, since rate × base would give the hidden count back. On a base of 0 (with its
 * numerator shown, so 0) there is no rate at all: NOT_APPLICABLE, which discloses only the 0 shown beside it.
 */
export function shownRatio(numerator: Shown, base: number, rawNumerator: number): Shown {
  if (base === 0 && !numerator.suppressed) return NOT_APPLICABLE
  if (base < SMALLEST_RATE_BASE) return { value: null, suppressed: 'base' }
  if (numerator.suppressed) return { value: null, suppressed: numerator.suppressed }
  return show(rawNumerator / base)
}

/**
 * A count of people who have some outcome, out of a group shown beside it (reoffenders of a cohort): withheld when
 * either it or the rest of the group (those without the outcome) is 1 to 4, since group minus count is that rest.
 */
export function shownShare(part: number, whole: number): Shown {
  const primary = shownCount(part)
  return primary.suppressed || !shownCount(whole - part).suppressed ? primary : { value: null, suppressed: 'small' }
}

/**
 * Secondary suppression over figures that add up to a total shown elsewhere (one column of a breakdown): if exactly
 * one is withheld, the next smallest non-zero one is withheld too, so the total minus the rest does not reveal it.
 * `counts` are the raw values of `shown`, in the same order; the result keeps that order.
 */
export function withSecondary(shown: Shown[], counts: number[]): Shown[] {
  const out = [...shown]
  if (out.filter((s) => s.suppressed).length !== 1) return out
  let partner = -1
  counts.forEach((n, i) => {
    if (!out[i]!.suppressed && n > 0 && (partner < 0 || n < counts[partner]!)) partner = i
  })
  if (partner >= 0) out[partner] = { value: null, suppressed: 'secondary' }
  return out
}

/** Counts that add up to a total shown elsewhere: primary then secondary suppression. */
export const shownParts = (counts: number[]): Shown[] => withSecondary(counts.map(shownCount), counts)

/**
 * A two-way table of counts whose rows and columns both add up to totals shown elsewhere (people by LDU and RoSH):
 * small cells withheld, then secondary suppression along rows and down columns, repeated until neither adds a cell.
 */
export function shownGrid(counts: number[][]): Shown[][] {
  let grid = counts.map((row) => row.map(shownCount))
  const columns = counts[0]?.length ?? 0
  for (let changed = true; changed; ) {
    const before = JSON.stringify(grid)
    grid = grid.map((row, i) => withSecondary(row, counts[i]!))
    for (let j = 0; j < columns; j++) {
      const column = withSecondary(grid.map((row) => row[j]!), counts.map((row) => row[j]!))
      column.forEach((cell, i) => (grid[i]![j] = cell))
    }
    changed = JSON.stringify(grid) !== before
  }
  return grid
}
