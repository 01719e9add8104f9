import 'server-only'
import type { OffenceCategory } from '../../generated/prisma/enums'
import { formatFigure, formatShown, iomCostColumns } from '../../lib/outcomes/columns'
import { localisedName } from '../../lib/localised'
import type { PdfWriter } from '../mappa/pdf-writer'
import type { Translate } from './board-pack-pdf'
import { inColumnGroups } from './board-pack-columns'
import type { IomCostTable } from './iom-cost-table'

/** One offence category's unit cost of crime as the IOM figures used it: pence (null: not costed), source, price year. */
export type UnitCostSource = { category: OffenceCategory; costPence: number | null; source: string; sourceCy: string | null; priceYear: string }

/**
 * The IOM section of the board pack in one language (issue 14 "IOM": per cohort and strand, reoffending of members
 * and the cost of crime in the 12 months before selection against the 12 after): the dashboard's own table (same
 * computation and disclosure control, so withheld figures stay "[c]"), each cohort under its strand with the
 * strand's total, then all cohorts; the dashboard's notes; and the unit costs the figures used, each with its source
 * (in Welsh where held) and price year, from the reference data administrators keep.
 */
export function iomSection(pdf: PdfWriter, table: IomCostTable, unitCosts: UnitCostSource[], l: { locale: 'en' | 'cy'; t: Translate }) {
  const { t } = l
  const s = (key: string, values?: Record<string, string>) => t(`outcomesSchemes.iom.${key}`, values)
  const cells = (m: IomCostTable['total']) => iomCostColumns.map((c) => formatShown(m[c.id], c.kind, l.locale))
  const rows = [
    ...table.strands.flatMap((g) => [
      ...g.cohorts.map((c) => [localisedName(c, l.locale), ...cells(c.measures)]),
      [s('strandTotal', { strand: t(`iom.strandName.${g.strand}`) }), ...cells(g.total)],
    ]),
    [s('allCohorts'), ...cells(table.total)],
  ]
  pdf.heading(s('title'), 2)
  pdf.text(s('intro'), { size: 8.5 })
  inColumnGroups(pdf, { first: s('cohort'), headers: iomCostColumns.map((c) => s(`measures.${c.id}`)), rows, caption: s('caption') })
  pdf.text(s('costNote'), { size: 8.5 })
  const u = (key: string) => t(`outcomesSchemes.unitCosts.${key}`)
  pdf.table([0.18, 0.14, 0.12, 0.56], unitCosts.map((c) => [
    t(`iom.offence.${c.category}`),
    c.costPence === null ? u('notCosted') : formatFigure(c.costPence, 'money', l.locale),
    c.priceYear,
    localisedName({ name: c.source, nameCy: c.sourceCy }, l.locale),
  ]), { caption: u('caption'), header: [u('category'), u('cost'), u('priceYear'), u('source')], rules: true })
}
