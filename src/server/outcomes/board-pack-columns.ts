import 'server-only'
import type { PdfWriter } from '../mappa/pdf-writer'

/** At most this many figure columns to a board pack table: more would leave columns too narrow for their headings' words. */
export const PACK_COLUMNS = 6

/**
 * A wide board pack table as several tables of at most PACK_COLUMNS figure columns each, every one repeating the
 * first (label) column and the caption, so headings keep whole words on an A4 page (issue 14). Input: the first
 * column's heading, the figure columns' headings, rows of cells (label first) and the caption.
 */
export function inColumnGroups(pdf: PdfWriter, t: { first: string; headers: string[]; rows: string[][]; caption: string }) {
  const groups = Math.ceil(t.headers.length / PACK_COLUMNS)
  // Even groups (7 columns as 4 and 3, not 6 and 1), so no table is left with one lonely column.
  const per = Math.ceil(t.headers.length / groups)
  for (let g = 0; g < groups; g++) {
    const from = g * per
    const to = Math.min(t.headers.length, from + per)
    const share = 0.78 / per
    pdf.table([0.22, ...Array.from({ length: to - from }, () => share)], t.rows.map((r) => [r[0]!, ...r.slice(1 + from, 1 + to)]), {
      caption: t.caption, header: [t.first, ...t.headers.slice(from, to)], rules: true,
    })
  }
}
