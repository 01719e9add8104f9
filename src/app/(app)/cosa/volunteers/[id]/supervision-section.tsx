import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { SimpleTable } from '@/components/simple-table'
import { todayInLondon } from '@/lib/dates'
import type { Actor } from '@/server/policy'
import { recordSupervisionAction } from '@/server/cosa/supervision-actions'
import { supervisionsOf } from '@/server/cosa/supervision'

/**
 * A volunteer's supervision with their coordinator: the sessions held, a warning when the next is overdue, and
 * (while the volunteer has not left) a form to record the latest session.
 */
export async function SupervisionSection({ actor, volunteerId, canRecord }: { actor: Actor; volunteerId: string; canRecord: boolean }) {
  const sessions = await supervisionsOf(actor, volunteerId)
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  // Date-only columns are stored at midnight UTC: format them in UTC so the day never shifts.
  const day = (d: Date) => formatDate(d, 'day')
  const latest = sessions[0]
  // Only a volunteer still with the provider (canRecord) can be overdue.
  const isOverdue = canRecord && latest !== undefined && latest.nextDueOn.toISOString().slice(0, 10) < todayInLondon()
  return (
    <section aria-labelledby="supervision-heading" className="mb-10 max-w-5xl">
      <h2 id="supervision-heading" className="mb-3 text-2xl font-bold">{t('supervision.heading')}</h2>
      {isOverdue && <p className="mb-3 font-bold text-error">{t('supervision.overdue', { date: day(latest.nextDueOn) })}</p>}
      {sessions.length === 0 ? <p className="mb-4">{t('supervision.none')}</p> : (
        <div className="mb-6">
          <SimpleTable caption={t('supervision.sessions')} hideCaption rowHeaders headers={[t('supervision.heldOn'), t('supervision.supervisor'), t('supervision.notes'), t('supervision.nextDueOn')]} rows={sessions.map((s) => ({
            key: s.id,
            cells: [day(s.heldOn), s.supervisorName, <span key="n" className="whitespace-pre-line">{s.notes}</span>, day(s.nextDueOn)],
          }))} />
        </div>
      )}
      {canRecord && (
        <div className="max-w-xl">
          <h3 className="mb-2 text-xl font-bold">{t('supervision.record')}</h3>
          <ActionForm problemTitle={t('common.problem')} action={recordSupervisionAction} idPrefix="supervision" hidden={{ volunteerId }} submitLabel={t('supervision.record')} successMessage={t('supervision.recorded')} fields={[
            { kind: 'date', name: 'heldOn', label: t('supervision.heldOnLabel') },
            { kind: 'textarea', name: 'notes', label: t('supervision.notesLabel') },
            { kind: 'number', name: 'minutes', label: t('cosaRota.hours.supervisionMinutes'), hint: t('cosaRota.hours.supervisionMinutesHint'), defaultValue: '60' },
            { kind: 'date', name: 'nextDueOn', label: t('supervision.nextDueLabel'), hint: t('supervision.nextDueHint') },
          ]} />
        </div>
      )}
    </section>
  )
}
