import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { localisedName } from '@/lib/localised'
import { SimpleTable } from '@/components/simple-table'
import type { getMinutes } from '@/server/mappa/minutes'
import { actionsSummary, distributionLine, distributionList, hidesRestricted, noActionsKey } from '@/server/mappa/minutes-summary'

type Minutes = Awaited<ReturnType<typeof getMinutes>>

/** The summary table of every action agreed, nominal by nominal (issue 16 item 3). */
export async function ActionsSummary({ m }: { m: Minutes }) {
  const [t, formatDate, locale] = await Promise.all([getTranslations(), getDateFormatter(), getLocale()])
  const rows = actionsSummary(m.agendaItems)
  return (
    <section aria-labelledby="actions-summary" className="mb-10 max-w-4xl">
      <h2 id="actions-summary" className="mb-3 text-2xl font-bold">{t('mappaChair.minutes.actionsSummary')}</h2>
      {hidesRestricted(m.agendaItems) && <p className="mb-2">{t('mappaChair.minutes.restrictedActionsHidden')}</p>}
      {rows.length === 0 ? <p>{t(`mappaChair.minutes.${noActionsKey(m.agendaItems)}`)}</p> : (
        <SimpleTable
          labelledBy="actions-summary"
          headers={[t('mappaChair.minutes.nominal'), t('minutes.action'), t('minutes.owner'), t('minutes.due'), t('minutes.actionStatusOn', { date: formatDate(new Date(), 'day') })]}
          rows={rows.map(({ item, action: a }) => ({
            key: a.id,
            cells: [`${item.position}. ${item.offender.firstName} ${item.offender.lastName} (${item.offender.crn})`, a.description, [localisedName(a.ownerAgency, locale), a.ownerUser?.name].filter(Boolean).join(' — '), formatDate(a.dueDate, 'day'), t(`enums.actionStatus.${a.status}`)],
          }))}
        />
      )}
    </section>
  )
}

/** Who the minutes go to (issue 16 item 3); shown with the attendance, to readers of the whole meeting only. */
export async function DistributionList({ m }: { m: Minutes }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()])
  return (
    <section aria-labelledby="distribution" className="mb-8 max-w-3xl">
      <h2 id="distribution" className="mb-2 text-2xl font-bold">{t('mappaChair.minutes.distribution')}</h2>
      <p className="mb-2">{t('mappaChair.minutes.distributionHint')}</p>
      <ul className="list-disc pl-6">
        {distributionList(m).map((p) => <li key={`${p.name}-${p.agency.name}-${p.chair}`}>{distributionLine(p, t, (a) => localisedName(a, locale))}</li>)}
      </ul>
    </section>
  )
}
