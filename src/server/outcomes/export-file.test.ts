import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { exportRows, sheetName, toCsv, toXlsx } from './export-file'

const sheet = { title: 'Proven reoffending', headers: ['Quarter', 'Group', 'People'], rows: [['2025-Q1', 'Gwyn, "Cymraeg"', 12], ['2025-Q1', '=HYPERLINK("x")', null]] }
const noted = { ...sheet, notes: ['Figures as at 1 December 2026 at 02:15 (London time)', 'Out of date: the refresh due at 1 December 2026 at 02:15 has not finished'] }

describe('outcome downloads', () => {
  it('writes CSV with quoting, withheld figures as [c], and no formulas from text', () => {
    expect(toCsv(sheet)).toBe('\uFEFFQuarter,Group,People\r\n2025-Q1,"Gwyn, ""Cymraeg""",12\r\n2025-Q1,"\'=HYPERLINK(""x"")",[c]\r\n')
  })

  it('writes the figures\' time (and a late refresh) as rows above the headers (issue 14 "figures as at")', async () => {
    expect(toCsv(noted)).toBe('\uFEFFFigures as at 1 December 2026 at 02:15 (London time)\r\nOut of date: the refresh due at 1 December 2026 at 02:15 has not finished\r\nQuarter,Group,People\r\n2025-Q1,"Gwyn, ""Cymraeg""",12\r\n2025-Q1,"\'=HYPERLINK(""x"")",[c]\r\n')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await toXlsx(noted)) as never)
    const ws = book.worksheets[0]!
    expect(ws.getRow(1).getCell(1).value).toBe('Figures as at 1 December 2026 at 02:15 (London time)')
    expect(ws.getRow(2).getCell(1).value).toBe('Out of date: the refresh due at 1 December 2026 at 02:15 has not finished')
    expect(ws.getRow(3).values).toEqual([undefined, 'Quarter', 'Group', 'People'])
    expect(ws.getRow(4).values).toEqual([undefined, '2025-Q1', 'Gwyn, "Cymraeg"', 12])
  })

  it('writes an XLSX workbook that reads back with numbers as numbers', async () => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await toXlsx(sheet)) as never)
    const ws = book.worksheets[0]!
    expect(ws.name).toBe('Proven reoffending')
    expect(ws.getRow(2).values).toEqual([undefined, '2025-Q1', 'Gwyn, "Cymraeg"', 12])
    expect(ws.getRow(3).getCell(2).value).toBe("'=HYPERLINK(\"x\")")
    expect(ws.getRow(3).getCell(3).value).toBe('[c]')
  })

  it('marks every row final or interim in a column of its own, final quarters first (issue 14: interim kept apart)', () => {
    const shown = (value: number) => ({ value, suppressed: false as const })
    const quarter = (quarter: '2025-Q2' | '2025-Q3', interim: boolean) => ({ quarter, interim, total: { people: shown(12) }, rows: [{ key: 'F', measures: { people: shown(7) } }] })
    const rows = exportRows([quarter('2025-Q3', true), quarter('2025-Q2', false)], [{ id: 'people', kind: 'count' }], {
      total: 'All', interim: (q) => `${q} (interim)`, key: (k) => k ?? 'none', status: (interim) => (interim ? 'Interim' : 'Final'),
    })
    expect(rows).toEqual([
      ['2025-Q2', 'Final', 'All', 12], ['2025-Q2', 'Final', 'F', 7],
      ['2025-Q3 (interim)', 'Interim', 'All', 12], ['2025-Q3 (interim)', 'Interim', 'F', 7],
    ])
  })

  it('has no breakdown column in a table of totals only (walk 29 O7: "Nothing (totals only)" beside "All")', () => {
    const quarter = { quarter: '2025-Q2' as const, interim: false, total: { people: { value: 12, suppressed: false as const } }, rows: [] }
    const rows = exportRows([quarter], [{ id: 'people', kind: 'count' }], { total: 'All', interim: (q) => `${q} (interim)`, status: () => 'Final' })
    expect(rows).toEqual([['2025-Q2', 'Final', 12]])
  })

  it('names a sheet within 31 characters at a whole word, never mid-word or mid-character, with no forbidden mark', async () => {
    const welsh = 'Presenoldeb mewn apwyntiadau yn ôl grŵp blaenoriaeth'
    expect(sheetName(welsh)).toBe('Presenoldeb mewn apwyntiadau…')
    expect(sheetName('Proven reoffending: by area [LDU]')).toBe('Proven reoffending by area LDU')
    expect(sheetName("'Quoted title'")).toBe('Quoted title')
    // Walk 45 F5: no comma left hanging before the mark.
    expect(sheetName('Resettlement pathways needs, by quarter and area')).toBe('Resettlement pathways needs…')
    expect(sheetName('x'.repeat(31))).toBe('x'.repeat(31))
    expect(sheetName('y'.repeat(40))).toBe(`${'y'.repeat(30)}…`)
    const astral = sheetName(`${'z'.repeat(29)}😀😀 more`)
    expect(astral.length).toBeLessThanOrEqual(31)
    expect(astral).toBe(`${'z'.repeat(29)}…`)
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await toXlsx({ ...sheet, title: welsh })) as never)
    expect(book.worksheets[0]!.name).toBe('Presenoldeb mewn apwyntiadau…')
  })
})
