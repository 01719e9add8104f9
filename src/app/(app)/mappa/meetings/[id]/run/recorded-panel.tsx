import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import type { getMeetingRoom } from '@/server/mappa/room'
import { ActionsTable } from '../../../_components/actions-table'
import { RecordedItem } from '../../../_components/recorded-item'

type Item = Awaited<ReturnType<typeof getMeetingRoom>>['agendaItems'][number]

/**
 * One nominal of a meeting whose minutes are approved (or that the reader may not record), read-only: the actions
 * agreed before (`previous`), then what the meeting recorded as the minutes word it, with the actions agreed as a
 * table named so in its place. A heading "Actions agreed" over the whole record read as if the record fields were
 * actions (walk 37 O8c).
 */
export async function RecordedPanel({ item, previous }: { item: Item; previous: ReactNode }) {
  const t = await getTranslations()
  return (
    <div className="space-y-8">
      {previous}
      <section aria-labelledby="record-heading">
        <h4 id="record-heading" className="mb-2 text-xl font-bold">{t('room.recordedHeading')}</h4>
        <RecordedItem item={item} actions={<ActionsTable caption={t('minutes.newActions')} actions={item.actions} />} />
      </section>
    </div>
  )
}
