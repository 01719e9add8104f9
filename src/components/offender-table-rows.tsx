'use client'
import Link from 'next/link'

/**
 * A person's row of OffenderTable as finished text: `cells` in column order (name first), or for a limited-access
 * person (`id` null) the notice and whom to ask, nothing that identifies them (ADR 0023). `overdue` marks a non-zero last cell (overdue items).
 */
export type PersonRow = { id: string | null; cells: string[]; overdue: boolean }

/**
 * The body rows of OffenderTable, drawn from text the server has already translated and formatted. A client
 * component so that the page's React payload carries each row as a short list of strings, not a second copy of
 * its markup beside the HTML (issue 18 item 2: half the officer's home was that copy). Input: the rows and the
 * number of columns (a limited-access row's hint spans the rest). Keyed by position: the list is never reordered
 * here, and a redacted row's id must not reach the page (issue 17 item 6).
 */
export function OffenderTableRows({ rows, columns }: { rows: PersonRow[]; columns: number }) {
  return rows.map(({ id, cells, overdue }, i) => {
    if (id === null) {
      return (
        <tr key={i} className="restricted bg-gray-100">
          <td className="italic">{cells[0]}</td>
          <td colSpan={columns - 1}>{cells[1]}</td>
        </tr>
      )
    }
    const [name, ...rest] = cells
    const last = rest.length - 1
    return (
      <tr key={i}>
        <td>
          <Link href={`/offenders/${id}`}>{name}</Link>
        </td>
        {rest.map((text, n) => (
          <td key={n} className={n === last && overdue ? 'font-bold text-error' : undefined}>{text}</td>
        ))}
      </tr>
    )
  })
}
