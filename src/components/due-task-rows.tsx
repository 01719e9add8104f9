'use client'
import Link from 'next/link'

/**
 * One row of DueTasks as finished text: `due` (the date, with the overdue note when `overdue`), `what` is due, and
 * the person's link and CRN when the list spans people (`person`).
 */
export type DueTaskRow = { due: string; overdue: boolean; what: string; person?: { id: string; name: string; crn: string } }

/**
 * The body rows of DueTasks, drawn from text the server has already translated and formatted: a client component so
 * that the page's React payload carries each row as a few strings rather than its markup, and its link is drawn
 * once in the page's HTML (issue 18 item 0, as OffenderTableRows). Keyed by position: the list is never reordered here.
 */
export function DueTaskRows({ rows }: { rows: DueTaskRow[] }) {
  return rows.map(({ due, overdue, what, person }, i) => (
    <tr key={i}>
      <td className={overdue ? 'font-bold text-error' : undefined}>{due}</td>
      {person && (
        <td>
          <Link href={`/offenders/${person.id}`}>{person.name}</Link> ({person.crn})
        </td>
      )}
      <td>{what}</td>
    </tr>
  ))
}
