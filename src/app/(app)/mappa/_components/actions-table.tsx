import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { localisedName } from '@/lib/localised'
import { SimpleTable } from '@/components/simple-table'

type Action = { id: string; description: string; ownerAgency: { name: string; nameCy: string | null }; ownerUser?: { name: string } | null; dueDate: Date; status: string }

/**
 * A nominal's MAPPA actions as a table (action, owner agency — person, due London date, status on London's today), or
 * "None". Named by
 * the heading above it (`labelledBy`, its id) or, with no such heading, by its `caption`, which then also heads the
 * "None" line: the minutes page and the chair's screen of an approved meeting (walk 37 O8c) show them alike.
 */
export async function ActionsTable({ actions, caption, labelledBy }: { actions: Action[] } & ({ caption: string; labelledBy?: never } | { labelledBy: string; caption?: never })) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  if (!actions.length) return caption === undefined ? <p className="mb-4">{t('minutes.noActions')}</p> : <p><span className="font-bold">{caption}:</span> {t('minutes.noActions')}</p>
  // Actions move on after the minutes are approved: the column says whose day its status is (break 41 F2).
  const headers = [t('minutes.action'), t('minutes.owner'), t('minutes.due'), t('minutes.actionStatusOn', { date: formatDate(new Date(), 'day') })]
  const rows = actions.map((a) => ({ key: a.id, cells: [a.description, [localisedName(a.ownerAgency, locale), a.ownerUser?.name].filter(Boolean).join(' — '), formatDate(a.dueDate, 'day'), t(`enums.actionStatus.${a.status}`)] }))
  return caption === undefined ? <SimpleTable labelledBy={labelledBy} headers={headers} rows={rows} /> : <SimpleTable caption={caption} headers={headers} rows={rows} />
}
