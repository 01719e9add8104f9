import { getTranslations } from 'next-intl/server'
import { whenRefused } from '@/server/missing-record'
import { getDateFormatter } from '@/i18n/date-formatter'
import { lineStart } from '@/lib/format-dates'
import { ActionForm } from '@/components/action-form'
import { respondToAssignmentAction } from '@/server/cosa/actions'
import { myAvailability, myCircleMeetings, myRestrictedCircles } from '@/server/cosa/portal'
import { leaveOver } from '@/server/cosa/leave-over'
import { CalendarLinkSection } from './calendar-link'
import { ConcernForm } from './concern-form'
import { MinutesToWrite, VolunteerCircles } from './volunteer-circles'
import { AvailabilitySections } from '../cosa/volunteers/[id]/availability-sections'
import type { Actor } from '@/server/policy'
import { Flash } from '@/components/flash'

/** A volunteer's coming circle meetings, one card each (read on a phone), with confirm or decline. */
export async function VolunteerHome({ actor, minutesSent, declined }: { actor: Actor; minutesSent: boolean; declined?: string }) {
  const meetings = await myCircleMeetings(actor).catch(whenRefused(null))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  if (meetings === null) return <p>{t('portal.notLinked')}</p>
  const [own, restricted] = await Promise.all([myAvailability(actor), myRestrictedCircles(actor)])
  // Arrived from declining a meeting (`?declined=<assignment>`): the confirmation names the reason they gave (gap 5).
  const justDeclined = meetings.find((m) => m.id === declined && m.response === 'DECLINED')
  return (
    <>
    {justDeclined?.declineReason && <Flash className="mb-6 border-l-4 border-green-800 pl-3 font-bold text-green-800">{t('cosaGaps.decline.confirmed', { reason: justDeclined.declineReason })}</Flash>}
    {minutesSent && <Flash className="mb-6 border-l-4 border-green-800 pl-3 font-bold text-green-800">{t('circleMinutes.sent')}</Flash>}
    <section aria-labelledby="portal-heading" className="mb-10">
      <h2 id="portal-heading" className="mb-3 text-2xl font-bold">{t('portal.meetings')}</h2>
      {/* A circle they were kept from (an exclusion or restriction list): said, so its meetings do not vanish silently; nothing of it named (break 28 D6). */}
      {restricted > 0 && <p className="mb-4 max-w-xl border-l-4 border-gray-700 pl-3 font-bold">{t('portal.restrictedCircles', { count: restricted })}</p>}
      {meetings.length === 0 ? <p>{t('portal.none')}</p> : (
        <ul className="space-y-4">
          {meetings.map((m) => (
            <li key={m.id} className="max-w-xl border-2 border-gray-300 p-3">
              <h3 className="text-lg font-bold">{lineStart(formatDate(m.startsAt, 'weekdayDateTime'))}</h3>
              <p>{t('portal.with', { name: m.coreMemberFirstName })}</p>
              <p>{t('portal.venue', { venue: m.venue ?? '' })}</p>
              <p className="mb-2 font-bold">{t(`enums.assignmentResponse.${m.response}`)}</p>
              {m.declineReason && <p className="mb-2">{t('cosaGaps.decline.yourReason', { reason: m.declineReason })}</p>}
              <OnLeave away={!m.started && m.response !== 'DECLINED' ? leaveOver(m.startsAt, own.leave) : undefined} />
              {/* A decline is final (the coordinator re-assigns); a started meeting takes no answer. */}
              {!m.started && <div className="flex flex-wrap gap-3">
                {m.response === 'PENDING' && <ActionForm problemTitle={t('common.problem')} action={respondToAssignmentAction} idPrefix={`yes-${m.id}`} hidden={{ assignmentId: m.id, response: 'CONFIRMED' }} fields={[]} submitLabel={t('portal.confirm')} successMessage={t('portal.answered')} />}
                {m.response !== 'DECLINED' && <ActionForm problemTitle={t('common.problem')} action={respondToAssignmentAction} idPrefix={`no-${m.id}`} hidden={{ assignmentId: m.id, response: 'DECLINED' }} submitLabel={t('portal.decline')} successMessage={t('portal.answered')} variant="secondary"
                  disclosure={t('portal.decline')} fields={[{ kind: 'text', name: 'reason', label: t('cosaRota.declineReason'), hint: t('cosaRota.declineReasonHint') }]} />}
              </div>}
            </li>
          ))}
        </ul>
      )}
    </section>
    <MinutesToWrite actor={actor} />
    <ConcernForm actor={actor} />
    <VolunteerCircles actor={actor} />
    <AvailabilitySections v={own} />
    <CalendarLinkSection actor={actor} />
    </>
  )
}

/** A meeting in the volunteer's booked leave asks them to say they cannot come (break 41 F5). */
async function OnLeave({ away }: { away: { fromDate: Date; toDate: Date } | undefined }) {
  if (!away) return null
  const t = await getTranslations('portal')
  const formatDate = await getDateFormatter()
  return <p className="mb-2 border-l-4 border-error pl-3 font-bold">{t('onLeave', { from: formatDate(away.fromDate, 'day'), to: formatDate(away.toDate, 'day') })}</p>
}
