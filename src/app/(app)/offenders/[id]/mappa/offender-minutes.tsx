import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { requestMinutesAction } from '@/server/mappa/meeting-actions'
import { minutesAboutOffender } from '@/server/mappa/room'
import type { Actor } from '@/server/policy'

/** Approved minutes that discuss the person, and a logged request for those the reader is not sent. */
export async function OffenderMinutesSection({ actor, offenderId }: { actor: Actor; offenderId: string }) {
  const meetings = await minutesAboutOffender(actor, offenderId)
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  return (
    <section aria-labelledby="minutes-heading" className="mb-10">
      <h2 id="minutes-heading" className="mb-3 text-2xl font-bold">{t('minutesRequests.onRecord')}</h2>
      {meetings.length === 0 ? <p>{t('minutesRequests.noneAbout')}</p> : (
        <ul className="space-y-4">
          {meetings.map((m) => (
            <li key={m.id}>
              <p className="font-bold">{t('mappa.meetingHeading', { level: m.level, when: formatDate(m.startsAt, 'dateTime') })}</p>
              <p>
                {t('minutesRequests.access')}: {t(`enums.minutesAccess.${m.access}`)}
                {m.decisionReason && ` — ${m.decisionReason}`}
              </p>
              {(m.access === 'distribution' || m.access === 'GRANTED') && <Link href={`/mappa/meetings/${m.id}/minutes`}>{t('minutesRequests.read')}</Link>}
              {m.mayRequest && (m.access === 'none' || m.access === 'REFUSED') && (
                <ActionForm problemTitle={t('common.problem')} action={requestMinutesAction} idPrefix={`request-${m.id}`} hidden={{ meetingId: m.id, offenderId }} fields={[{ kind: 'textarea', name: 'reason', label: t('minutesRequests.requestReason') }]} submitLabel={t('minutesRequests.requestSubmit')} successMessage={t('minutesRequests.requested')}
                  disclosure={{ summary: t('minutesRequests.request'), look: 'link' }} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
