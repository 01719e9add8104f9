import { TableScroll } from './table-scroll'
import type { ReactNode } from 'react'

type Row = { key: string; cells: ReactNode[] }

/**
 * How a table is named: by the heading above it (`labelledBy`, that heading's id: the name is said once), or, with
 * no heading of the same words, by a caption (`hideCaption` for one seen only by screen readers). A heading repeated
 * as a caption was heard twice (fix16b item 5).
 */
export type TableName = { caption: string; hideCaption?: boolean; labelledBy?: never } | { labelledBy: string; caption?: never; hideCaption?: never }

/**
 * A plain data table: column headers, one row per item, the first cell optionally a row header. Cell padding and
 * rules come from the `data-table` class in globals.css, not a class on every cell (issue 18 item 2: page weight).
 * It scrolls sideways in its own box (TableScroll) when wider than the screen, so the page never does.
 */
export function SimpleTable({ caption, hideCaption = false, labelledBy, headers, rows, rowHeaders = false }: TableName & { headers: string[]; rows: Row[]; rowHeaders?: boolean }) {
  return (
    <TableScroll labelledBy={labelledBy} label={caption}>
      <table className="data-table" aria-labelledby={labelledBy}>
        {caption !== undefined && <caption className={hideCaption ? 'sr-only' : 'text-left font-bold'}>{caption}</caption>}
        <thead>
          <tr>
            {headers.map((h) => <th key={h} scope="col">{h}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              {r.cells.map((c, i) => (rowHeaders && i === 0 ? <th key={i} scope="row" className="font-normal">{c}</th> : <td key={i}>{c}</td>))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
