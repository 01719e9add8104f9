import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { outcomeTableNames } from '../../lib/outcomes/columns'
import { renderBoardPack, type PackLanguage } from './board-pack-pdf'

const language = (locale: 'en' | 'cy'): PackLanguage => ({
  locale,
  t: (key, values) => `${locale}:${key}${values ? ` ${JSON.stringify(values)}` : ''}`,
  filterLine: `${locale} filter`,
  generated: `${locale} generated`,
  keyLabel: (key) => key ?? 'none',
})

const shown = (value: number | null) => (value === null ? { value, suppressed: 'small' as const } : { value, suppressed: false as const })
const quarter = (q: string) => ({ quarter: q, interim: q > '2025-Q4', total: { people: shown(120), reoffenders: shown(null), rate: shown(0.25) }, rows: [{ key: 'FEMALE', measures: { people: shown(20) } }, { key: null, measures: { people: shown(null) } }] })
const figures = { by: 'sex' as const, ...Object.fromEntries(outcomeTableNames.map((n) => [n, ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'].map(quarter)])) } as Parameters<typeof renderBoardPack>[0]

describe('the board pack', () => {
  it('is one PDF in Welsh then English, titled in both, over several pages', async () => {
    const pdf = await PDFDocument.load(await renderBoardPack(figures, [language('cy'), language('en')]))
    expect(pdf.getTitle()).toBe('cy:outcomes.packTitle / en:outcomes.packTitle')
    expect(pdf.getPageCount()).toBeGreaterThan(2)
  })
})
