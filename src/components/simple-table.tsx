import type { ReactNode } from 'react'

type Row = { key: string; cells: ReactNode[] }

/**
 * A plain data table: column headers, one row per item, the first cell optionally a row header. Cell padding and
 * rules come from the `data-table` class in globals.css, not a class on every cell (issue 18 item 2: page weight).
 */
export function SimpleTable({ caption, hideCaption = false, headers, rows, rowHeaders = false }: { caption: string; hideCaption?: boolean; headers: string[]; rows: Row[]; rowHeaders?: boolean }) {
  return (
    <table className="data-table">
      <caption className={hideCaption ? 'sr-only' : 'text-left font-bold'}>{caption}</caption>
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
  )
}
