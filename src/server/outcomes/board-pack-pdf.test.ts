import { PDFDocument } from 'pdf-lib'
import { createTranslator } from 'use-intl/core'
import { describe, expect, it } from 'vitest'
import cyMessages from '../../i18n/messages/cy'
import enMessages from '../../i18n/messages/en'
import { Pathway } from '../../generated/prisma/enums'
import { NOT_APPLICABLE } from '../../lib/outcomes/disclosure'
import { outcomeTableNames } from '../../lib/outcomes/columns'
import { pageText } from '../../../tests/support/pdf-text'
import { renderBoardPack, type PackLanguage } from './board-pack-pdf'
import type { PathwayFigures, PathwayTable } from './pathway-table'

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
const finalTable: PathwayTable = { rows: Object.values(Pathway).map((pathway, i) => ({ pathway, measures: i === 0 ? accommodation : { ...zeros, peopleWithNeed: shown(0) } })), total: accommodation }
const interimTable: PathwayTable = { rows: Object.values(Pathway).map((pathway) => ({ pathway, measures: { ...zeros, peopleWithNeed: shown(0), referrals: shown(9191) } })), total: { ...zeros, referrals: shown(9191) } }
const pathways: PathwayFigures = { final: { from: '2025-Q1', to: '2026-Q3', ...finalTable }, interim: { from: '2026-Q4', to: '2026-Q4', ...interimTable } }
const iomMeasures = (members: number | null, cost: number | null) => ({ members: shown(members), followedUp: shown(members), reoffenders: shown(null), reoffendersRate: shown(null), offencesBefore: shown(31), offencesAfter: shown(12), costBeforeMean: shown(cost), costAfterMean: shown(cost === null ? null : cost / 2), uncosted: shown(0) })
const iomCosts = {
  strands: [{ strand: 'FIXED' as const, total: iomMeasures(23, 812_300), cohorts: [{ key: 'c1', name: 'Cardiff and Vale — Fixed', nameCy: 'Caerdydd a’r Fro — Sefydlog', measures: iomMeasures(20, 901_000) }, { key: 'c2', name: 'Newport — Fixed', nameCy: null, measures: iomMeasures(null, null) }] }],
  total: iomMeasures(23, 812_300),
}
const unitCosts = [
  { category: 'VIOLENCE' as const, costPence: 1_405_000, source: 'Home Office, The economic and social costs of crime (2018), Table 1: violence with injury', sourceCy: 'Y Swyddfa Gartref, Costau economaidd a chymdeithasol troseddu (2018), Tabl 1: trais ag anaf', priceYear: '2015/16' },
  { category: 'DRUGS' as const, costPence: null, source: 'Not costed in the Home Office tables', sourceCy: null, priceYear: '2015/16' },
]
const figures = { by: 'sex' as const, from: '2025-Q1', to: '2026-Q4', pathways, iomCosts, unitCosts, ...Object.fromEntries(outcomeTableNames.map((n) => [n, ['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'].map(quarter)])) } as unknown as Parameters<typeof renderBoardPack>[0]

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
      expect(text.join(' ')).toContain(`${locale}:outcomesMore.pathways.caption {"from":"2025-Q1","to":"2026-Q3","same":"no"}`)
      expect(text.join(' ')).toContain(`${locale}:outcomesLead.pathwayDefinitions.referralsSource`)
      expect(text.join(' ')).toContain(`${locale}:outcomesLead.pathwayDefinitions.peopleWithNeed`)
    }
    // Ten figure columns print as two tables of five (whole words in every heading), each row labelled again.
    const row = text.indexOf('4,242')
    expect(text.slice(row, row + 5)).toEqual(['4,242', '1,717', '[c]', '[c]', '1,313'])
    const second = text.indexOf('1,212')
    expect(text.slice(second, second + 5)).toEqual(['1,212', '37.5%', '0', '0', 'n/a'])
    expect(text.filter((l) => l === 'n/a').length).toBeGreaterThan(16)
  })

  it('prints a pathway quarter not over in a table of its own, labelled interim, after the final one, in each language (issue 14)', async () => {
    const pdf = await PDFDocument.load(await renderBoardPack(figures, [language('cy'), language('en')]))
    const text = pdf.getPages().flatMap(pageText).join(' ')
    for (const locale of ['cy', 'en']) {
      const final = text.indexOf(`${locale}:outcomesMore.pathways.caption {"from":"2025-Q1","to":"2026-Q3","same":"no"}`)
      const interim = text.indexOf(`${locale}:outcomesMore.pathways.interimCaption {"from":"2026-Q4","to":"2026-Q4","same":"yes"}`)
      expect(final).toBeGreaterThan(-1)
      expect(interim).toBeGreaterThan(final)
      expect(text.slice(final, interim)).not.toContain('9,191')
      expect(text.slice(interim)).toContain('9,191')
    }
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
    expect(interimTable).toContain('{"quarter":"2026-Q1"') // the label wraps in its column
    expect(interimTable).not.toContain('2025-Q')
  })

  describe('with the real catalogue', () => {
    const real = (locale: 'en' | 'cy'): PackLanguage => ({ ...language(locale), t: createTranslator({ locale, messages: locale === 'cy' ? cyMessages : enMessages }) as unknown as PackLanguage['t'] })
    const render = async () => (await PDFDocument.load(await renderBoardPack(figures, [real('cy'), real('en')]))).getPages().flatMap(pageText)

    it('has the IOM section per cohort and strand, withheld figures and the unit costs with source and price year, in both languages (issue 14 "IOM")', async () => {
      const text = await render()
      const all = text.join(' ')
      expect(text).toEqual(expect.arrayContaining(['IOM: reoffending and cost of crime by cohort and strand', 'IOM: aildroseddu a chost troseddu fesul carfan a llinyn']))
      // Cohort names wrap between words in their column, so each line of the cell is drawn apart.
      expect(all).toMatch(/Cardiff and Vale — .*Fixed/)
      expect(all).toMatch(/Caerdydd a’r Fro — .*Sefydlog/)
      // Cardiff's £9,010 before and £4,505 after; Newport's small cohort withheld.
      expect(all).toMatch(/£9,010 £4,505/)
      expect(text.filter((l) => l === '[c]').length).toBeGreaterThan(4)
      for (const line of ['Home Office, The economic and social costs of crime (2018), Table 1: violence with injury', 'Y Swyddfa Gartref, Costau economaidd a chymdeithasol troseddu (2018), Tabl 1: trais ag anaf']) expect(all).toContain(line)
      expect(all).toContain('2015/16')
    })

    it('breaks no word of a table heading across lines (issue 14: headings broke mid-word)', async () => {
      // Every word the pack can draw is a word of the catalogue or of the fixture; a piece of a broken word is not.
      const words = (s: string) => s.normalize('NFC').split(/[\s/—–-]+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase()).filter((w) => /^[\p{L}’']{3,}$/u.test(w))
      const strings = (o: unknown): string[] => (typeof o === 'string' ? [o] : o && typeof o === 'object' ? Object.values(o).flatMap(strings) : [])
      const known = new Set([...strings(enMessages), ...strings(cyMessages), ...strings(iomCosts), ...strings(unitCosts), 'female', 'none'].flatMap(words))
      const broken = [...new Set((await render()).flatMap(words).filter((w) => !known.has(w)))]
      expect(broken).toEqual([])
    })
  })
})
