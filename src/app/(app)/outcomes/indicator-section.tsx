import { quarterSpan } from '@/lib/outcomes/quarters'
import { ScrollRegion } from '@/components/scroll-region'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { ShownFigure } from '@/components/shown-figure'
import type { Shown } from '@/lib/outcomes/disclosure'
import { chartSeries, outcomeColumns, type OutcomeTableName } from '@/lib/outcomes/columns'
import type { Breakdown } from '@/server/outcomes/outcome-filter'
import { interimSeriesId, splitInterim, trendPoints } from '@/lib/outcomes/interim'
import { TrendChart } from './trend-chart'

export type QuarterFigures = { quarter: string; interim: boolean; total: Record<string, Shown>; rows: { key: string | null; measures: Record<string, Shown> }[] }

const cell = 'border-b border-gray-300 p-2 text-right tabular-nums'

/**
 * One indicator: its trend chart, the same figures as a table by quarter, the breakdown of the last quarter when one
 * is chosen, and downloads of every figure; `asAt` is when the figures were made (formatted). `query` is the dashboard's current filter as a query string. `drillHref`
 * (leads only, issue 14 leads' item 3) links a quarter's count to the people behind it; null where it has none.
 */
export async function IndicatorSection({ name, quarters, by, keyLabel, query, drillHref, asAt }: { name: OutcomeTableName; quarters: QuarterFigures[]; by: Breakdown; keyLabel: (key: string | null) => string; query: string; drillHref?: (quarter: string, measure: string) => string | null; asAt: string }) {
  const t = await getTranslations('outcomes')
  const tAll = await getTranslations()
  const locale = await getLocale()
  const columns = outcomeColumns[name]
  const title = t(`tables.${name}`)
  const label = (id: string) => t(`measures.${name}.${id}` as 'title')
  const quarterLabel = (q: QuarterFigures) => (q.interim ? t('interim', { quarter: q.quarter }) : q.quarter)
  const series = chartSeries[name]
  const kindOf = (id: string) => columns.find((c) => c.id === id)!.kind
  const last = quarters[quarters.length - 1]
  const { final, interim } = splitInterim(quarters)
  const head = (
    <thead className="border-b-2 border-gray-900">
      <tr>
        <th scope="col" className="p-2">{by === 'none' ? t('quarter') : t(`breakdown.${by}`)}</th>
        {columns.map((c) => <th key={c.id} scope="col" className="p-2 text-right">{label(c.id)}</th>)}
      </tr>
    </thead>
  )
  const figure = (measures: Record<string, Shown>, c: (typeof columns)[number]) => <ShownFigure shown={measures[c.id]} kind={c.kind} locale={locale} withheld={t('withheld')} tooFew={t('tooFew')} notApplicable={tAll('outcomesLead.notApplicable')} />
  const row = (key: string, header: string, measures: Record<string, Shown>, quarter?: string) => (
    <tr key={key}>
      <th scope="row" className="border-b border-gray-300 p-2 font-normal">{header}</th>
      {columns.map((c) => {
        // Only a figure shown and above 0 links: a withheld one (1 to 4, or secondary) has no list behind it.
        const shown = measures[c.id]
        const href = quarter && shown && !shown.suppressed && typeof shown.value === 'number' && shown.value > 0 ? drillHref?.(quarter, c.id) : null
        return <td key={c.id} className={cell}>{href ? <Link href={href} prefetch={false}>{figure(measures, c)}<span className="sr-only"> {tAll('outcomesLead.drillLabel', { measure: label(c.id), quarter: header })}</span></Link> : figure(measures, c)}</td>
      })}
    </tr>
  )
  return (
    <section aria-labelledby={`${name}-heading`} className="mb-12">
      <h2 id={`${name}-heading`} className="mb-2 text-2xl font-bold">{title}</h2>
      <p className="mb-4">{tAll('outcomesRefresh.tableAsAt', { time: asAt })}</p>
      {/* Interim quarters are lines of their own (issue 14: kept apart), never joined to the final ones. */}
      <TrendChart
        title={t('chartTitle', { series: series.map(label).join(', '), ...quarterSpan(quarters[0]?.quarter ?? '', last?.quarter ?? '') }) + (interim.length ? ` ${t('chartInterim', quarterSpan(interim[0]!.quarter, interim.at(-1)!.quarter))}` : '')}
        series={series.flatMap((id) => [{ id, label: label(id), interim: false }, ...(interim.length ? [{ id: interimSeriesId(id), label: t('interimSeries', { series: label(id) }), interim: true }] : [])])}
        points={trendPoints(quarters, series)}
        percent={kindOf(series[0]!) === 'percent'}
      />
      <ScrollRegion className="mt-4" label={t('trendCaption', { table: title })}>
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left font-bold">{t('trendCaption', { table: title })}</caption>
          <thead className="border-b-2 border-gray-900">
            <tr>
              <th scope="col" className="p-2">{t('quarter')}</th>
              {columns.map((c) => <th key={c.id} scope="col" className="p-2 text-right">{label(c.id)}</th>)}
            </tr>
          </thead>
          {/* Final then interim quarters, each a row group with its own header (issue 14: interim kept apart). */}
          {([['final', final, t('finalGroup')], ['interim', interim, t('interimGroup')]] as const).map(([part, group, heading]) => group.length > 0 && (
            <tbody key={part} data-testid={`${name}-${part}-quarters`}>
              <tr><th scope="rowgroup" colSpan={columns.length + 1} className={`border-b border-gray-900 p-2 text-left ${part === 'interim' ? 'bg-amber-50' : 'bg-gray-100'}`}>{heading}</th></tr>
              {group.map((q) => row(q.quarter, quarterLabel(q), q.total, q.quarter))}
            </tbody>
          ))}
        </table>
      </ScrollRegion>
      {/* A breakdown with no row (nothing recorded for it) says so, not an empty table (issue 14 leftover). */}
      {by !== 'none' && last && last.rows.length === 0 && <p className="mt-6">{t('breakdownEmpty', { quarter: quarterLabel(last), by: t(`breakdown.${by}`) })}</p>}
      {by !== 'none' && last && last.rows.length > 0 && (
        <ScrollRegion className="mt-6" label={t('breakdownCaption', { table: title, by: t(`breakdown.${by}`), quarter: quarterLabel(last) })}>
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left font-bold">{t('breakdownCaption', { table: title, by: t(`breakdown.${by}`), quarter: quarterLabel(last) })}</caption>
            {head}
            <tbody>{last.rows.map((r) => row(r.key ?? 'none', keyLabel(r.key), r.measures))}</tbody>
          </table>
          {by === 'priorityGroup' && <p className="mt-2">{t('groupsOverlap')}</p>}
        </ScrollRegion>
      )}
      <p className="mt-4 flex gap-4">
        <span>{t('download')}:</span>
        {(['csv', 'xlsx'] as const).map((format) => (
          // A plain link with `download`: a client-side navigation left the router at the file's address, so the next
          // server action (the language switch) was posted there and refused (405).
          <a key={format} href={`/outcomes/export?${query}&table=${name}&format=${format}`} download aria-label={t('downloadLabel', { table: title, format: t(format) })}>
            {t(format)}
          </a>
        ))}
      </p>
    </section>
  )
}
