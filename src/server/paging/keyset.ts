import 'server-only'

/**
 * Keyset paging for every list that can grow (style.md "Paging", issue 15 item 8). Offset paging repeats or skips
 * rows when rows share a sort value or arrive between page loads (reading an audit page writes an audit row). Here a
 * page is "the rows strictly after (or before) this boundary row" in an order that ends on a unique column, so the
 * order is total and a boundary names exactly one position.
 */

export type Dir = 'asc' | 'desc'
export type KeyColumn<K extends string> = { key: K; dir: Dir }
export type KeysetPage<Row> = { rows: Row[]; hasNext: boolean; hasPrevious: boolean }

/** (c1, c2, …) strictly after the boundary, each column in its own direction: c1 after, or c1 equal and c2 after, … */
export function afterBoundary<K extends string>(columns: KeyColumn<K>[], boundary: Record<K, unknown>): object {
  return {
    OR: columns.map((c, i) => ({
      AND: [...columns.slice(0, i).map((p) => ({ [p.key]: boundary[p.key] })), { [c.key]: { [c.dir === 'asc' ? 'gt' : 'lt']: boundary[c.key] } }],
    })),
  }
}

/**
 * One page by keyset.
 * @param p.columns the display order; the last column must be unique (the id) so the order is total
 * @param p.boundary the row the page starts after (or, with `backwards`, ends before), already looked up inside the
 *   list's own `where` so a cursor never reaches outside it; null for the first page
 * @param p.find runs the query: `after` is the extra condition to AND with the list's `where` (null on the first page)
 * @returns the page's rows in display order and whether pages exist either side
 */
export async function keysetPage<Row, K extends string>(p: {
  columns: KeyColumn<K>[]
  boundary: Record<K, unknown> | null
  backwards: boolean
  size: number
  find: (q: { after: object | null; orderBy: Record<string, Dir>[]; take: number }) => Promise<Row[]>
}): Promise<KeysetPage<Row>> {
  const backwards = Boolean(p.boundary && p.backwards)
  const columns = backwards ? p.columns.map((c) => ({ ...c, dir: c.dir === 'asc' ? ('desc' as const) : ('asc' as const) })) : p.columns
  const rows = await p.find({
    after: p.boundary ? afterBoundary(columns, p.boundary) : null,
    orderBy: columns.map((c) => ({ [c.key]: c.dir })),
    take: p.size + 1,
  })
  const more = rows.length > p.size
  const page = rows.slice(0, p.size)
  if (backwards) return { rows: page.reverse(), hasNext: true, hasPrevious: more }
  return { rows: page, hasNext: more, hasPrevious: Boolean(p.boundary) }
}
