import { ScrollRegion } from '@/components/scroll-region'
import { getLocale, getTranslations } from 'next-intl/server'
import { ShownFigure } from '@/components/shown-figure'
import type { Shown } from '@/lib/outcomes/disclosure'
import { iomCostColumns } from '@/lib/outcomes/columns'
import { localisedName } from '@/lib/localised'
import type { IomCostTable } from '@/server/outcomes/iom-cost-table'

const cell = 'border-b border-gray-300 p-2 text-right tabular-nums'

/**
 * IOM members' reoffending and estimated cost of crime before and after selection, per cohort within each strand,
 * each strand's total and all cohorts (issue 14 "IOM"), with downloads. `query` is the dashboard's filter; `asAt` when the figures were made.
 */
export async function IomCostSection({ table, query, asAt }: { table: IomCostTable; query: string; asAt: string }) {
  const t = await getTranslations()
  const locale = await getLocale()
  const s = (key: string, values?: Record<string, string>) => (t as unknown as (k: string, v?: Record<string, string>) => string)(`outcomesSchemes.iom.${key}`, values)
  const title = s('title')
  const row = (key: string, header: string, measures: Record<string, Shown>, strong = false) => (
    <tr key={key}>
      <th scope="row" className={`border-b border-gray-300 p-2 ${strong ? 'font-bold' : 'font-normal'}`}>{header}</th>
      {iomCostColumns.map((c) => <td key={c.id} className={cell}><ShownFigure shown={measures[c.id]} kind={c.kind} locale={locale} withheld={t('outcomes.withheld')} tooFew={t('outcomes.tooFew')} notApplicable={t('outcomesLead.notApplicable')} /></td>)}
    </tr>
  )
  return (
    <section aria-labelledby="iom-costs-heading" className="mb-12">
      <h2 id="iom-costs-heading" className="mb-2 text-2xl font-bold">{title}</h2>
      <p className="mb-4">{t('outcomesRefresh.tableAsAt', { time: asAt })}</p>
      <p className="mb-4 max-w-3xl">{s('intro')}</p>
      <ScrollRegion label={s('caption')}>
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-bold">{s('caption')}</caption>
          <thead className="border-b-2 border-gray-900">
            <tr>
              <th scope="col" className="p-2">{s('cohort')}</th>
              {iomCostColumns.map((c) => <th key={c.id} scope="col" className="p-2 text-right">{s(`measures.${c.id}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {table.strands.flatMap((g) => [
              ...g.cohorts.map((c) => row(c.key, localisedName(c, locale), c.measures)),
              row(`strand-${g.strand}`, s('strandTotal', { strand: t(`iom.strandName.${g.strand}`) }), g.total, true),
            ])}
            {row('all', s('allCohorts'), table.total, true)}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="mt-2 max-w-3xl">{s('costNote')}</p>
      <p className="mt-4 flex gap-4">
        <span>{t('outcomes.download')}:</span>
        {(['csv', 'xlsx'] as const).map((format) => (
          // A plain link with `download`, as the indicator tables' (a client-side navigation broke the next server action).
          <a key={format} href={`/outcomes/export?${query}&table=iom&format=${format}`} download aria-label={t('outcomes.downloadLabel', { table: title, format: t(`outcomes.${format}`) })}>
            {t(`outcomes.${format}`)}
          </a>
        ))}
      </p>
    </section>
  )
}
