import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { SimpleTable, type TableName } from '@/components/simple-table'
import type { myMappaActions } from '@/server/mappa/action-tracker'
import { updateMappaActionAction } from '@/server/mappa/meeting-actions'
import { actionCells } from './action-cells'

type Row = Awaited<ReturnType<typeof myMappaActions>>[number]

/** MAPPA actions with their owner, due date (overdue marked in words, not colour alone) and an update form. */
export async function MappaActionList({ rows, ...name }: TableName & { rows: Row[] }) {
  const [t, cells, formatDate] = await Promise.all([getTranslations(), actionCells(), getDateFormatter()])
  return (
    <SimpleTable
      {...name}
      headers={[t('actionsTracker.person'), t('minutes.action'), t('minutes.owner'), t('minutes.due'), t('minutes.status'), t('actionsTracker.update')]}
      rows={rows.map((a, n) => ({
        // A redacted row is keyed by its place: its action id is a handle on the person's record (ADR 0023).
        key: a.id ?? `restricted-${n}`,
        cells: [
          a.restricted ? t('minutes.restricted') : `${a.offender.firstName} ${a.offender.lastName} (${a.offender.crn})`,
          // The approved minutes its owner may read, linked even when they did not attend (walk 25, D2).
          !a.restricted && a.minutesReadable ? (
            <>
              {a.description}{' '}
              <Link href={`/mappa/meetings/${a.meeting.id}/minutes`}>{t('actionsTracker.minutesLink', { when: formatDate(a.meeting.startsAt, 'date') })}</Link>
            </>
          ) : (
            a.description
          ),
          ...cells(a, updateMappaActionAction),
        ],
      }))}
    />
  )
}
