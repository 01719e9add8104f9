import type { ReactNode } from 'react'

type Row = { key: string; cells: ReactNode[] }

/** A plain data table: column headers, one row per item, the first cell optionally a row header. */
export function SimpleTable({ caption, hideCaption = false, headers, rows, rowHeaders = false }: { caption: string; hideCaption?: boolean; headers: string[]; rows: Row[]; rowHeaders?: boolean }) {
  const cell = 'border-b border-gray-300 p-2'
  return (
    <table className="w-full border-collapse text-left">
      <caption className={hideCaption ? 'sr-only' : 'text-left font-bold'}>{caption}</caption>
      <thead className="border-b-2 border-gray-900">
        <tr>
          {headers.map((h) => <th key={h} scope="col" className="p-2">{h}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            {r.cells.map((c, i) => (rowHeaders && i === 0 ? <th key={i} scope="row" className={`${cell} font-normal`}>{c}</th> : <td key={i} className={cell}>{c}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
