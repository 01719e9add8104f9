import { quarterSpan } from '@/lib/outcomes/quarters'
import { ScrollRegion } from '@/components/scroll-region'
import { getLocale, getTranslations } from 'next-intl/server'
import { ShownFigure } from '@/components/shown-figure'
import { pathwayColumns } from '@/lib/outcomes/columns'
import type { Shown } from '@/lib/outcomes/disclosure'
import { pathwayPeriods, type PathwayFigures } from '@/server/outcomes/pathway-table'

const cell = 'border-b border-gray-300 p-2 text-right tabular-nums'

/**
 * The resettlement pathways on the dashboard (issue 14 item 3): per pathway, people with a need and the referrals
 * made over the filter's quarters with their clocks and outcomes, disclosure-controlled, then the referrals' total;
 * the quarters that are over in one table and a quarter not over in another, labelled interim (issue 14: kept apart).
 * People with a need are not totalled (a person can have needs on several pathways): the note says so. `asAt`: when the figures were made;
 * `live`: they were computed when asked while the page's other tables are as at the refresh (ADR 0026), which the table says.
 */
export async function PathwaySection({ figures, query, asAt, live }: { figures: PathwayFigures; query: string; asAt: string; live: boolean }) {
  const t = await getTranslations()
  const locale = await getLocale()
  const p = (key: string, values?: Record<string, string>) => (t as unknown as (k: string, v?: Record<string, string>) => string)(`outcomesMore.pathways.${key}`, values)
  const row = (key: string, header: string, measures: Record<string, Shown>) => (
    <tr key={key}>
      <th scope="row" className="border-b border-gray-300 p-2 font-normal">{header}</th>
      {pathwayColumns.map((c) => (
        <td key={c} className={cell}>
          {measures[c] ? <ShownFigure shown={measures[c]} kind={c.endsWith('Rate') ? 'percent' : 'count'} locale={locale} withheld={t('outcomes.withheld')} tooFew={t('outcomes.tooFew')} notApplicable={t('outcomesLead.notApplicable')} /> : p('notTotalled')}
        </td>
      ))}
    </tr>
  )
  return (
    <section aria-labelledby="pathways-heading" className="mb-12">
      <h2 id="pathways-heading" className="mb-2 text-2xl font-bold">{p('heading')}</h2>
      <p className="mb-4" data-testid="pathways-as-at">{t(live ? 'outcomesRefresh.tableLive' : 'outcomesRefresh.tableAsAt', { time: asAt })}</p>
      <p className="mb-4 max-w-3xl">{p('intro')}</p>
      {figures.interim && <p className="mb-4 max-w-3xl">{p('interimApart')}</p>}
      {pathwayPeriods(figures).map((table) => {
        const caption = p(table.interim ? 'interimCaption' : 'caption', quarterSpan(table.from, table.to))
        return (
          <ScrollRegion key={caption} className="mb-6" label={caption}>
            <table className="w-full border-collapse text-left">
              <caption className="mb-2 text-left font-bold">{caption}</caption>
              <thead className="border-b-2 border-gray-900">
                <tr>
                  <th scope="col" className="p-2">{p('pathway')}</th>
                  {pathwayColumns.map((c) => <th key={c} scope="col" className="p-2 text-right">{p(`measures.${c}`)}</th>)}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r) => row(r.pathway, t(`plan.pathway.${r.pathway}`), r.measures))}
                {row('total', p('total'), table.total)}
              </tbody>
            </table>
          </ScrollRegion>
        )
      })}
      <p className="mt-2 max-w-3xl">{p('overlap')}</p>
      <p className="mt-4 flex gap-4">
        <span>{t('outcomes.download')}:</span>
        {(['csv', 'xlsx'] as const).map((format) => (
          // A plain link, not next/link: a download is not a page for the client router to render.
          <a key={format} href={`/outcomes/export?${query}&table=pathways&format=${format}`} download aria-label={t('outcomes.downloadLabel', { table: p('heading'), format: t(`outcomes.${format}`) })}>
            {t(`outcomes.${format}`)}
          </a>
        ))}
      </p>
    </section>
  )
}
