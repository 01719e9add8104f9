import { localisedName } from '@/lib/localised'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { decideMinutesRequestAction } from '@/server/mappa/meeting-actions'
import { pendingMinutesRequests } from '@/server/mappa/minutes'
import type { Actor } from '@/server/policy'

/** Requests for minutes from people off the distribution list, for the coordinator to grant or refuse. */
export async function MinutesRequestsSection({ actor }: { actor: Actor }) {
  const requests = await pendingMinutesRequests(actor)
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  return (
    <section aria-labelledby="minutes-requests" className="mb-10">
      <h2 id="minutes-requests" className="mb-3 text-2xl font-bold">{t('minutesRequests.heading')}</h2>
      {requests.length === 0 ? <p>{t('minutesRequests.none')}</p> : (
        <ul className="space-y-6">
          {requests.map((r) => (
            <li key={r.id} className="border-l-4 border-brand pl-3">
              <p className="font-bold">{`${r.offender.firstName} ${r.offender.lastName} (${r.offender.crn})`}</p>
              <p>{t('minutesRequests.meeting')}: {t('mappa.meetingHeading', { level: r.meeting.level, when: formatDate(r.meeting.startsAt, 'dateTime') })}</p>
              <p>{t('minutesRequests.requester')}: {r.requester.name} — {localisedName(r.requester.agency, locale)}</p>
              <p className="mb-2">{t('minutesRequests.reason')}: {r.reason}</p>
              <ActionForm
                problemTitle={t('common.problem')}
                action={decideMinutesRequestAction}
                idPrefix={`decide-${r.id}`}
                hidden={{ requestId: r.id }}
                fields={[
                  { kind: 'select', name: 'decision', label: t('minutesRequests.decision'), options: (['GRANTED', 'REFUSED'] as const).map((d) => ({ value: d, label: t(`enums.minutesRequestStatus.${d}`) })), placeholder: t('common.choose') },
                  { kind: 'text', name: 'decisionReason', label: t('minutesRequests.decisionReason') },
                ]}
                submitLabel={t('minutesRequests.submit')}
                successMessage={t('minutesRequests.done')}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
