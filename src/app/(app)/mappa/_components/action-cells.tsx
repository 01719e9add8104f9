import type { ComponentProps } from 'react'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { localisedName } from '@/lib/localised'
import { actionStatuses } from '@/server/mappa/mappa.schemas'

type Action = {
  /** Null on a redacted row, which carries no record id (ADR 0023). */
  id: string | null
  version: number
  status: (typeof actionStatuses)[number]
  statusNote: string | null
  dueDate: Date
  overdue: boolean
  restricted: boolean
  ownerAgency: { name: string; nameCy: string | null }
  ownerUser?: { name: string } | null
}

/**
 * The cells every MAPPA action list shows the same way (home and tracker, issue 16 item 6): owner, due date with
 * overdue in words (not colour alone), status with its note, and the update form (none on a limited-access row).
 */
export async function actionCells() {
  const [t, formatDate, locale] = await Promise.all([getTranslations(), getDateFormatter(), getLocale()])
  const statuses = actionStatuses.map((s) => ({ value: s, label: t(`enums.actionStatus.${s}`) }))
  return (a: Action, update: ComponentProps<typeof ActionForm>['action']) => [
    [localisedName(a.ownerAgency, locale), a.ownerUser?.name].filter(Boolean).join(' — '),
    <span key="due" className={a.overdue ? 'font-bold text-error' : undefined}>
      {formatDate(a.dueDate, 'day')}
      {a.overdue && ` — ${t('actionsTracker.overdue')}`}
    </span>,
    `${t(`enums.actionStatus.${a.status}`)}${a.statusNote ? `: ${a.statusNote}` : ''}`,
    a.restricted || a.id === null ? '' : (
      <ActionForm
        key="update"
        problemTitle={t('common.problem')}
        action={update}
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
  ]
}
