import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { Pathway } from '../../generated/prisma/enums'
import { NOT_APPLICABLE } from '../../lib/outcomes/disclosure'
import { outcomeTableNames } from '../../lib/outcomes/columns'
import { pageText } from '../../../tests/support/pdf-text'
import { renderBoardPack, type PackLanguage } from './board-pack-pdf'
import type { PathwayTable } from './pathway-table'

const language = (locale: 'en' | 'cy'): PackLanguage => ({
  locale,
  t: (key, values) => `${locale}:${key}${values ? ` ${JSON.stringify(values)}` : ''}`,
  filterLine: `${locale} filter`,
  generated: `${locale} generated`,
  asAt: [`${locale} figures as at`, `${locale} out of date`],
  keyLabel: (key) => key ?? 'none',
})

const shown = (value: number | null) => (value === null ? { value, suppressed: 'small' as const } : { value, suppressed: false as const })
const quarter = (q: string) => ({ quarter: q, interim: q > '2025-Q4', total: { people: shown(120), reoffenders: shown(null), rate: shown(0.25) }, rows: [{ key: 'FEMALE', measures: { people: shown(20) } }, { key: null, measures: { people: shown(null) } }] })
const zeros = { referrals: shown(0), assessedInTime: shown(0), assessedInTimeRate: NOT_APPLICABLE, assessed: shown(0), carePlanInTime: shown(0), carePlanInTimeRate: NOT_APPLICABLE, withOutcome: shown(0), achieved: shown(0), achievedRate: NOT_APPLICABLE }
const accommodation = { peopleWithNeed: shown(4242), referrals: shown(1717), assessedInTime: shown(null), assessedInTimeRate: shown(null), assessed: shown(1313), carePlanInTime: shown(1212), carePlanInTimeRate: shown(0.375), withOutcome: shown(0), achieved: shown(0), achievedRate: NOT_APPLICABLE }
const pathways: PathwayTable = { rows: Object.values(Pathway).map((pathway, i) => ({ pathway, measures: i === 0 ? accommodation : { ...zeros, peopleWithNeed: shown(0) } })), total: accommodation }
const figures = { by: 'sex' as const, from: '2025-Q1', to: '2026-Q4', pathways, ...Object.fromEntries(outcomeTableNames.map((n) => [n, ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'].map(quarter)])) } as Parameters<typeof renderBoardPack>[0]

describe('the board pack', () => {
  it('is one PDF in Welsh then English, titled in both, over several pages', async () => {
    const pdf = await PDFDocument.load(await renderBoardPack(figures, [language('cy'), language('en')]))
    expect(pdf.getTitle()).toBe('cy:outcomes.packTitle / en:outcomes.packTitle')
    expect(pdf.getPageCount()).toBeGreaterThan(2)
  })

  it('says the time of its figures, and that they are late, in each language (issue 14 "figures as at")', async () => {
    const pdf = await PDFDocument.load(await renderBoardPack(figures, [language('cy'), language('en')]))
    const text = pdf.getPages().flatMap(pageText)
    for (const locale of ['cy', 'en']) expect(text).toEqual(expect.arrayContaining([`${locale} figures as at`, `${locale} out of date`]))
  })

  it('has the pathway table of the dashboard in each language, with its figures, markers and definitions (issue 14, leads item 2)', async () => {
    const pdf = await PDFDocument.load(await renderBoardPack(figures, [language('cy'), language('en')]))
    const text = pdf.getPages().flatMap(pageText)
    for (const locale of ['cy', 'en']) {
      expect(text).toContain(`${locale}:outcomesMore.pathways.heading`)
      expect(text.join(' ')).toContain(`${locale}:outcomesMore.pathways.caption {"from":"2025-Q1","to":"2026-Q4"}`)
      expect(text.join(' ')).toContain(`${locale}:outcomesLead.pathwayDefinitions.referralsSource`)
      expect(text.join(' ')).toContain(`${locale}:outcomesLead.pathwayDefinitions.peopleWithNeed`)
    }
    const row = text.indexOf('4,242')
    expect(text.slice(row, row + 10)).toEqual(['4,242', '1,717', '[c]', '[c]', '1,313', '1,212', '37.5%', '0', '0', 'n/a'])
    expect(text.filter((l) => l === 'n/a').length).toBeGreaterThan(16)
  })

  it('keeps interim quarters in a table of their own, apart from the final ones, in each language (issue 14)', async () => {
    const pdf = await PDFDocument.load(await renderBoardPack(figures, [language('cy'), language('en')]))
    const text = pdf.getPages().flatMap(pageText).join(' ')
    for (const locale of ['cy', 'en']) {
      expect(text).toContain(`${locale}:outcomes.finalCaption {"table":"${locale}:outcomes.tables.reoffending"}`)
      expect(text).toContain(`${locale}:outcomes.interimCaption {"table":"${locale}:outcomes.tables.reoffending"}`)
    }
    // The final table holds 2025's quarters only; the interim one 2026's, each labelled interim.
    const final = text.indexOf('en:outcomes.finalCaption {"table":"en:outcomes.tables.reoffending"}')
    const interim = text.indexOf('en:outcomes.interimCaption {"table":"en:outcomes.tables.reoffending"}')
    expect(final).toBeLessThan(interim)
    expect(text.slice(final, interim)).not.toContain('2026-Q1')
    const interimTable = text.slice(interim, text.indexOf('en:outcomes.breakdownCaption', interim))
    expect(interimTable).toContain('26-Q1"}') // the cell "(interim) 2026-Q1" wraps in this narrow column
    expect(interimTable).not.toContain('2025-Q')
  })
})
