import 'server-only'
import { formatShown, outcomeColumns, outcomeTableNames, type OutcomeTableName } from '../../lib/outcomes/columns'
import { splitInterim } from '../../lib/outcomes/interim'
import { PdfWriter } from '../mappa/pdf-writer'
import { inColumnGroups } from './board-pack-columns'
import { iomSection, type UnitCostSource } from './board-pack-iom'
import { pathwaySection } from './board-pack-pathways'
import type { IndicatorQuarter } from './indicator-table'
import type { IomCostTable } from './iom-cost-table'
import type { Breakdown } from './outcome-filter'
import type { PathwayFigures } from './pathway-table'

/** A catalogue lookup in one language. */
export type Translate = (key: string, values?: Record<string, string | number>) => string

/**
 * One language's words for the pack: its translator, the filter summary line, when it was generated, when its figures
 * were made (`asAt`: that line, and one saying they are late when they are; issue 14 "Figures as at"), labels for
 * breakdown keys, and `pathwaysLive`: the pathway table's own line when it was computed on request while the other
 * figures are as at the refresh (ADR 0026).
 */
export type PackLanguage = { locale: 'en' | 'cy'; t: Translate; filterLine: string; generated: string; asAt: string[]; keyLabel: (key: string | null) => string; pathwaysLive?: string }

/**
 * The figures of a pack: each indicator by quarter, broken down `by`, the pathway tables (final and interim apart),
 * the IOM cost-of-crime table and the unit costs it used.
 */
export type PackFigures = { by: Breakdown; from: string; to: string; pathways: PathwayFigures; iomCosts: IomCostTable; unitCosts: UnitCostSource[] } & Record<OutcomeTableName, IndicatorQuarter[]>

function indicator(pdf: PdfWriter, name: OutcomeTableName, quarters: IndicatorQuarter[], by: Breakdown, l: PackLanguage) {
  const { t } = l
  const columns = outcomeColumns[name]
  const title = t(`outcomes.tables.${name}`)
  const headers = columns.map((c) => t(`outcomes.measures.${name}.${c.id}`))
  const cells = (m: IndicatorQuarter['total']) => columns.map((c) => formatShown(m[c.id], c.kind, l.locale))
  const quarterLabel = (q: IndicatorQuarter) => (q.interim ? t('outcomes.interim', { quarter: q.quarter }) : q.quarter)
  pdf.heading(title, 2)
  // Final and interim quarters in tables of their own (issue 14: interim kept apart).
  const { final, interim } = splitInterim(quarters)
  for (const [part, caption] of [[final, 'outcomes.finalCaption'], [interim, 'outcomes.interimCaption']] as const) {
    if (part.length) inColumnGroups(pdf, { first: t('outcomes.quarter'), headers, rows: part.map((q) => [quarterLabel(q), ...cells(q.total)]), caption: t(caption, { table: title }) })
  }
  const last = quarters[quarters.length - 1]
  if (by !== 'none' && last) {
    inColumnGroups(pdf, {
      first: t(`outcomes.breakdown.${by}`), headers, rows: last.rows.map((r) => [l.keyLabel(r.key), ...cells(r.measures)]),
      caption: t('outcomes.breakdownCaption', { table: title, by: t(`outcomes.breakdown.${by}`), quarter: quarterLabel(last) }),
    })
  }
  pdf.heading(t('outcomes.definitionHeading'), 4)
  pdf.text(t(`outcomes.definitions.${name}`), { size: 8.5 })
  pdf.text(t('outcomes.definitions.source', { source: t(`outcomes.definitions.${name}Source`) }), { size: 8.5, grey: true })
}

/**
 * The board pack (issue 14): one PDF with the dashboard's figures for the chosen area and quarters, the Welsh version
 * first and then the English (Welsh Language Standards: Welsh not treated less favourably), each with its filter,
 * every indicator's trend table (final and interim quarters apart), the breakdown of the last quarter, the IOM
 * reoffending and cost-of-crime section with its unit costs, the resettlement pathway table, definitions and the
 * disclosure note.
 */
export async function renderBoardPack(figures: PackFigures, languages: PackLanguage[]): Promise<Uint8Array<ArrayBuffer>> {
  const pdf = await PdfWriter.create({ title: languages.map((l) => l.t('outcomes.packTitle')).join(' / '), lang: languages[0]!.locale === 'cy' ? 'cy-GB' : 'en-GB' })
  languages.forEach((l, i) => {
    if (i > 0) pdf.rule()
    pdf.heading(l.t('outcomes.packTitle'), 1)
    pdf.text(l.filterLine)
    pdf.text(l.generated, { grey: true })
    for (const line of l.asAt) pdf.text(line)
    pdf.gap(4)
    pdf.text(l.t('outcomes.withheldNote'), { size: 8.5 })
    pdf.text(l.t('outcomesLead.notApplicableNote'), { size: 8.5 })
    pdf.text(l.t('outcomes.interimNote'), { size: 8.5 })
    for (const name of outcomeTableNames) indicator(pdf, name, figures[name], figures.by, l)
    iomSection(pdf, figures.iomCosts, figures.unitCosts, l)
    pathwaySection(pdf, figures.pathways, l)
  })
  const [first, second] = languages
  return pdf.finish(languages.map((l) => l.t('outcomes.packMarking')).join(' / '), (page, pages) => [first, second].filter(Boolean).map((l) => l!.t('outcomes.packFooter', { page, pages })).join(' / '))
}
