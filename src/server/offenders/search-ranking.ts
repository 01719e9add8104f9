/** One search result's sort key: exact identifier match, name closeness, then name and CRN (unique). */
export type Ranked = { id: string; exact: boolean; score: number; lastName: string; firstName: string; crn: string }

// One collator for every comparison: `localeCompare(b, 'en')` builds one per call, and a name search sorts up to 1,000
// candidates (issue 18). Same order: localeCompare with a locale is defined as Intl.Collator's compare.
const english = new Intl.Collator('en')

/** Negative when `a` comes before `b`: a total order, because every key ends on the unique CRN. */
export function compareRanked(a: Ranked, b: Ranked): number {
  if (a.exact !== b.exact) return a.exact ? -1 : 1
  if (a.score !== b.score) return b.score - a.score
  return english.compare(a.lastName, b.lastName) || english.compare(a.firstName, b.firstName) || (a.crn < b.crn ? -1 : a.crn > b.crn ? 1 : 0)
}

/**
 * One keyset page of ranked results (issue 15 items 7 and 8): the `size` rows strictly after the `after` row (or
 * strictly before the `before` row) in the ranked order. The boundary is a row, not a position, so a person added
 * between page loads does not push the boundary row onto the next page as an offset would. A boundary that no
 * longer matches starts again from the top.
 * @returns the page's ids in display order and whether pages exist either side
 */
export function pageOfRanked(rows: Ranked[], p: { after?: string; before?: string; size: number }) {
  const sorted = [...rows].sort(compareRanked)
  const boundary = sorted.find((r) => r.id === (p.after ?? p.before))
  if (boundary && p.before) {
    const earlier = sorted.filter((r) => compareRanked(r, boundary) < 0)
    return { ids: earlier.slice(-p.size).map((r) => r.id), hasPrevious: earlier.length > p.size, hasNext: true }
  }
  const later = boundary ? sorted.filter((r) => compareRanked(r, boundary) > 0) : sorted
  return { ids: later.slice(0, p.size).map((r) => r.id), hasPrevious: Boolean(boundary), hasNext: later.length > p.size }
}
