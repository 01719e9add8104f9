import { localisedName } from '@/lib/localised'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { SimpleTable } from '@/components/simple-table'
import type { myMappaActions } from '@/server/mappa/action-tracker'
import { actionStatuses } from '@/server/mappa/mappa.schemas'
import { updateMappaActionAction } from '@/server/mappa/meeting-actions'

type Row = Awaited<ReturnType<typeof myMappaActions>>[number]

/** MAPPA actions with their owner, due date (overdue marked in words, not colour alone) and an update form. */
export async function MappaActionList({ caption, rows }: { caption: string; rows: Row[] }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  const statuses = actionStatuses.map((s) => ({ value: s, label: t(`enums.actionStatus.${s}`) }))
  return (
    <SimpleTable
      caption={caption}
      headers={[t('actionsTracker.person'), t('minutes.action'), t('minutes.owner'), t('minutes.due'), t('minutes.status'), t('actionsTracker.update')]}
      rows={rows.map((a) => ({
        key: a.id,
        cells: [
          a.restricted ? t('minutes.restricted', { crn: a.offender.crn }) : `${a.offender.firstName} ${a.offender.lastName} (${a.offender.crn})`,
          a.description,
          [localisedName(a.ownerAgency, locale), a.ownerUser?.name].filter(Boolean).join(' — '),
          <span key="due" className={a.overdue ? 'font-bold text-error' : undefined}>
            {formatDate(a.dueDate, 'day')}
            {a.overdue && ` — ${t('actionsTracker.overdue')}`}
          </span>,
          `${t(`enums.actionStatus.${a.status}`)}${a.statusNote ? `: ${a.statusNote}` : ''}`,
          a.restricted ? '' : (
            <ActionForm
              key="update"
              problemTitle={t('common.problem')}
              action={updateMappaActionAction}
              idPrefix={`act-${a.id}`}
              hidden={{ actionId: a.id, version: a.version }}
              fields={[
                { kind: 'select', name: 'status', label: t('actionsTracker.newStatus'), options: statuses, defaultValue: a.status },
                { kind: 'text', name: 'statusNote', label: t('actionsTracker.note'), defaultValue: a.statusNote ?? '' },
              ]}
              submitLabel={t('actionsTracker.save')}
              successMessage={t('actionsTracker.saved')}
              variant="secondary"
            />
          ),
        ],
      }))}
    />
  )
}
