import { getTranslations } from 'next-intl/server'
import { SimpleTable, type TableName } from '@/components/simple-table'
import type { myMappaActions } from '@/server/mappa/action-tracker'
import { updateMappaActionAction } from '@/server/mappa/meeting-actions'
import { actionCells } from './action-cells'

type Row = Awaited<ReturnType<typeof myMappaActions>>[number]

/** MAPPA actions with their owner, due date (overdue marked in words, not colour alone) and an update form. */
export async function MappaActionList({ rows, ...name }: TableName & { rows: Row[] }) {
  const [t, cells] = await Promise.all([getTranslations(), actionCells()])
  return (
    <SimpleTable
      {...name}
      headers={[t('actionsTracker.person'), t('minutes.action'), t('minutes.owner'), t('minutes.due'), t('minutes.status'), t('actionsTracker.update')]}
      rows={rows.map((a, n) => ({
        // A redacted row is keyed by its place: its action id is a handle on the person's record (ADR 0023).
        key: a.id ?? `restricted-${n}`,
        cells: [
          a.restricted ? t('minutes.restricted') : `${a.offender.firstName} ${a.offender.lastName} (${a.offender.crn})`,
          a.description,
          ...cells(a, updateMappaActionAction),
        ],
      }))}
    />
  )
}
