import 'server-only'
import { quarterSpan } from '@/lib/outcomes/quarters'
import { formatShown, pathwayColumns, pathwayDefinitionIds } from '../../lib/outcomes/columns'
import type { PdfWriter } from '../mappa/pdf-writer'
import { inColumnGroups } from './board-pack-columns'
import type { Translate } from './board-pack-pdf'
import { pathwayPeriods, type PathwayFigures, type PathwayTable } from './pathway-table'

/**
 * The resettlement pathway table in one language of the board pack (issue 14, leads' item 2): the dashboard's own
 * tables (same computation and disclosure control, `figures` from getOutcomeIndicators): the quarters that are over,
 * then a quarter not over in a table of its own labelled interim (issue 14: kept apart), its note that people with a
 * need are not totalled, and each measure's definition and source.
 */
export function pathwaySection(pdf: PdfWriter, figures: PathwayFigures, l: { locale: 'en' | 'cy'; t: Translate; pathwaysLive?: string }) {
  const { t } = l
  const p = (key: string, values?: Record<string, string>) => t(`outcomesMore.pathways.${key}`, values)
  const cells = (m: PathwayTable['total']) => pathwayColumns.map((c) => (m[c] ? formatShown(m[c], c.endsWith('Rate') ? 'percent' : 'count', l.locale) : p('notTotalled')))
  pdf.heading(p('heading'), 2)
  if (l.pathwaysLive) pdf.text(l.pathwaysLive, { size: 8.5 })
  if (figures.interim) pdf.text(p('interimApart'), { size: 8.5 })
  for (const table of pathwayPeriods(figures)) {
    inColumnGroups(pdf, {
      first: p('pathway'), headers: pathwayColumns.map((c) => p(`measures.${c}`)),
      rows: [...table.rows.map((r) => [t(`plan.pathway.${r.pathway}`), ...cells(r.measures)]), [p('total'), ...cells(table.total)]],
      caption: p(table.interim ? 'interimCaption' : 'caption', quarterSpan(table.from, table.to)),
    })
  }
  pdf.text(p('overlap'), { size: 8.5 })
  pdf.heading(t('outcomes.definitionHeading'), 4)
  for (const id of pathwayDefinitionIds) {
    pdf.text(`${p(`measures.${id}`)}: ${t(`outcomesLead.pathwayDefinitions.${id}`)}`, { size: 8.5 })
    pdf.text(t('outcomes.definitions.source', { source: t(`outcomesLead.pathwayDefinitions.${id}Source`) }), { size: 8.5, grey: true })
  }
  pdf.text(t('outcomesLead.pathwayDefinitions.rates'), { size: 8.5 })
}
