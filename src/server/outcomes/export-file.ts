import 'server-only'
import ExcelJS from 'exceljs'
import { exportCell, type Column } from '../../lib/outcomes/columns'
import { splitInterim } from '../../lib/outcomes/interim'
import type { IndicatorQuarter } from './indicator-table'

/**
 * A table to download: its title, column headers, and rows of text (labels) or numbers (null: withheld); `notes`,
 * lines written above the headers (when the figures were made, and whether they are late: issue 14 "Figures as at").
 */
export type ExportSheet = { title: string; headers: string[]; rows: (string | number | null)[][]; notes?: string[] }

/**
 * The rows of one indicator for a download: the final quarters, then the interim ones (issue 14: kept apart), each
 * quarter's total then its breakdown rows; columns: quarter, final or interim (`status`, so a spreadsheet can filter
 * them apart), the breakdown key when the table is broken down (`key`; a table of totals only has no such column, walk
 * 29 O7: it read "Nothing (totals only)" beside "All" on every line), then a figure per column (withheld figures stay
 * null, written "[c]"; not applicable ones "n/a"). Labels come from the caller in the reader's language.
 */
export function exportRows(quarters: IndicatorQuarter[], columns: Column[], labels: { total: string; interim: (q: string) => string; key?: (k: string | null) => string; status: (interim: boolean) => string }): (string | number | null)[][] {
  const { final, interim } = splitInterim(quarters)
  const { key } = labels
  return [...final, ...interim].flatMap((q) => {
    const quarter = q.interim ? labels.interim(q.quarter) : q.quarter
    const line = (name: string[], m: IndicatorQuarter['total']) => [quarter, labels.status(q.interim), ...name, ...columns.map((c) => exportCell(m[c.id]))]
    return key ? [line([labels.total], q.total), ...q.rows.map((r) => line([key(r.key)], r.measures))] : [line([], q.total)]
  })
}

// A cell starting with = + - @ (or a tab or carriage return) is a formula to a spreadsheet: text from people (an
// ethnicity as typed) must not run as one (OWASP "CSV injection").
const safeText = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s)
const csvCell = (v: string | number | null) => {
  const s = v === null ? '[c]' : typeof v === 'number' ? String(v) : safeText(v)
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

/** The sheet as CSV, its notes first, one a line (UTF-8 with a byte order mark so spreadsheet programs read Welsh letters correctly, CRLF lines). */
export function toCsv(sheet: ExportSheet): string {
  return '\uFEFF' + [...(sheet.notes ?? []).map((n) => [n]), sheet.headers, ...sheet.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

/**
 * A worksheet's name from a table's title: spreadsheet programs allow 31 characters, none of \ / ? * [ ] :, and no
 * apostrophe first or last. A longer title is cut at the last whole word that fits and marked "…", never mid-word (a
 * Welsh title cut at 31 read as a different word) nor inside a character. Input: the title. Output: the name.
 */
export function sheetName(title: string): string {
  const clean = title.replace(/[\\/?*[\]:]/g, ' ').replace(/\s+/g, ' ').trim()
  const chars = [...clean]
  let name = clean
  if (clean.length > 31) {
    let cut = ''
    for (const c of chars) {
      if (cut.length + c.length > 30) break
      cut += c
    }
    const atWord = /\s/.test(chars[[...cut].length] ?? ' ') ? cut : cut.replace(/\s+\S*$/, '')
    // Punctuation left before the "…" reads as unfinished ("needs,…", walk 45 F5): the word ends there.
    name = `${(atWord.length >= 12 ? atWord : cut).trimEnd().replace(/[\s,;:.\-–—]+$/u, '')}…`
  }
  return name.replace(/^'+|'+$/g, '').trim() || 'Sheet1'
}

/** The sheet as an XLSX workbook (exceljs): its notes in rows above the headers, numbers kept as numbers, withheld figures as "[c]". */
export async function toXlsx(sheet: ExportSheet): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = 'Llwybr'
  const ws = book.addWorksheet(sheetName(sheet.title))
  for (const note of sheet.notes ?? []) ws.addRow([safeText(note)]).font = { italic: true }
  ws.addRow(sheet.headers).font = { bold: true }
  for (const row of sheet.rows) ws.addRow(row.map((v) => (v === null ? '[c]' : typeof v === 'string' ? safeText(v) : v)))
  ws.columns.forEach((c) => (c.width = 22))
  return Buffer.from(await book.xlsx.writeBuffer())
}
