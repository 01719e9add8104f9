import { TableScroll } from '@/components/table-scroll'
import { getLocale, getTranslations } from 'next-intl/server'
import Link from 'next/link'
import { ShownFigure } from '@/components/shown-figure'
import type { Shown } from '@/lib/outcomes/disclosure'
import { getCaseloadStatistics } from '@/server/statistics/get-caseload-statistics'
import type { Actor } from '@/server/policy'

const LEVELS = ['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH', 'NONE'] as const

export async function StatisticsHome({ actor }: { actor: Actor }) {
  const t = await getTranslations()
  const locale = await getLocale()
  const stats = await getCaseloadStatistics(actor)
  return (
    <section aria-labelledby="stats-heading" className="mb-10 space-y-8">
      <h2 id="stats-heading" className="text-2xl font-bold">
        {t('statistics.title')}
      </h2>
      <p>{t('statistics.totalLabel')} <ShownFigure shown={stats.total} locale={locale} withheld={t('outcomes.withheld')} notApplicable={t('outcomesLead.notApplicable')} /></p>
      <p>{t('outcomes.withheldNote')}</p>
      <p><Link href="/outcomes">{t('statistics.outcomesLink')}</Link></p>
      <TableScroll label={t('statistics.byLdu')}>
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-lg font-bold">{t('statistics.byLdu')}</caption>
          <thead className="border-b-2 border-gray-900">
            <tr>
              <th scope="col" className="p-2">{t('statistics.ldu')}</th>
              {LEVELS.map((l) => (
                <th key={l} scope="col" className="p-2 text-right">
                  {l === 'NONE' ? t('common.notAssessed') : t(`enums.rosh.${l}`)}
                </th>
              ))}
              <th scope="col" className="p-2 text-right">{t('statistics.totalColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {stats.ldus.map((l) => (
              <tr key={l.id} className="border-b border-gray-300">
                <th scope="row" className="p-2 font-normal">{locale === 'cy' && l.nameCy ? l.nameCy : l.name}</th>
                {LEVELS.map((level) => (
                  <td key={level} className="p-2 text-right"><ShownFigure shown={l.rosh[level]} locale={locale} withheld={t('outcomes.withheld')} notApplicable={t('outcomesLead.notApplicable')} /></td>
                ))}
                <td className="p-2 text-right font-bold"><ShownFigure shown={l.total} locale={locale} withheld={t('outcomes.withheld')} notApplicable={t('outcomesLead.notApplicable')} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="grid gap-8 md:grid-cols-2">
        <CountList title={t('statistics.flags')} locale={locale} withheld={t('outcomes.withheld')} notApplicable={t('outcomesLead.notApplicable')} items={stats.flags.map((f) => ({ label: t(`enums.flag.${f.type}`), count: f.count }))} />
        <CountList
          title={t('statistics.outcomes')}
          locale={locale}
          withheld={t('outcomes.withheld')}
          notApplicable={t('outcomesLead.notApplicable')}
          items={stats.appointmentOutcomes.map((o) => ({ label: t(`enums.outcome.${o.outcome}`), count: o.count }))}
        />
      </div>
    </section>
  )
}

function CountList({ title, items, locale, withheld, notApplicable }: { title: string; items: { label: string; count: Shown }[]; locale: string; withheld: string; notApplicable: string }) {
  return (
    <div>
      <h3 className="mb-2 text-lg font-bold">{title}</h3>
      <dl>
        {items.map((item) => (
          <div key={item.label} className="flex justify-between border-b border-gray-300 py-1">
            <dt>{item.label}</dt>
            <dd><ShownFigure shown={item.count} locale={locale} withheld={withheld} notApplicable={notApplicable} /></dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
