import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { ActionForm } from '@/components/action-form'
import { submitMinutesAction } from '@/server/cosa/circle-life-actions'
import { moods } from '@/server/cosa/circle-life.schemas'
import { myCirclesOverview } from '@/server/cosa/circle-record'
import { meetingsToWriteUp } from '@/server/cosa/minutes'
import type { Actor } from '@/server/policy'
import { MinutesList } from '../cosa/_minutes-list'

/** Meetings the volunteer was at and has not yet written up, each with its minutes form (due within 48 hours). */
export async function MinutesToWrite({ actor }: { actor: Actor }) {
  const meetings = await meetingsToWriteUp(actor)
  if (!meetings.length) return null
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const when = (d: Date) => formatDate(d, 'weekdayDateTime')
  return (
    <section aria-labelledby="write-up-heading" className="mb-10 max-w-xl">
      <h2 id="write-up-heading" className="mb-3 text-2xl font-bold">{t('circleMinutes.toWrite')}</h2>
      {meetings.map((m) => (
        <article key={m.id} aria-labelledby={`write-up-${m.id}`} className="mb-6 border-2 border-gray-300 p-3">
          <h3 id={`write-up-${m.id}`} className="text-lg font-bold">{t('circleMinutes.meetingWith', { name: m.coreMemberFirstName, when: when(m.startsAt) })}</h3>
          <p className={`mb-3 ${m.dueAt < new Date() ? 'font-bold text-error' : ''}`}>{t(m.dueAt < new Date() ? 'circleMinutes.wasDue' : 'circleMinutes.due', { due: when(m.dueAt) })}</p>
          <ActionForm problemTitle={t('common.problem')} action={submitMinutesAction} idPrefix={`minutes-${m.id}`} hidden={{ meetingId: m.id }} fields={[
            { kind: 'select', name: 'coreMemberAttended', label: t('circleMinutes.didAttend', { name: m.coreMemberFirstName }), options: [{ value: 'yes', label: t('circleMinutes.yes') }, { value: 'no', label: t('circleMinutes.no') }], placeholder: t('common.choose') },
            { kind: 'checkboxes', name: 'presentVolunteerIds', label: t('circleMinutes.whoPresent'), options: m.volunteers.map((v) => ({ value: v.id, label: v.isMe ? t('circleMinutes.me', { name: v.firstName }) : v.firstName })),
              // The writer was there (presentMustIncludeYou): ticked already (walk 64 F3).
              defaultValue: m.volunteers.filter((v) => v.isMe).map((v) => v.id).join(',') },
            { kind: 'textarea', name: 'discussion', label: t('circleMinutes.discussion'), hint: t('circleMinutes.discussionHint') },
            // Asked only of a meeting the core member came to (walk 67 F2): left blank when they did not.
            { kind: 'select', name: 'mood', label: t('circleMinutes.moodOf', { name: m.coreMemberFirstName }), hint: t('circleMinutes.ifCame', { name: m.coreMemberFirstName }), options: moods.map((k) => ({ value: k, label: t(`circleMinutes.moods.${k}`) })), placeholder: t('common.choose'), hiddenWhen: { field: 'coreMemberAttended', value: 'no' } },
            { kind: 'textarea', name: 'goalsProgress', label: t('circleMinutes.goalsProgress'), hint: t('circleMinutes.ifCameGoals', { name: m.coreMemberFirstName }) },
          ]} submitLabel={t('circleMinutes.send')} successMessage={t('circleMinutes.sent')} />
        </article>
      ))}
    </section>
  )
}

/** The volunteer's circles: when and where they meet, the goals the core member agreed, and the circle's minutes. */
export async function VolunteerCircles({ actor }: { actor: Actor }) {
  const circles = await myCirclesOverview(actor)
  if (!circles.length) return null
  const t = await getTranslations()
  return (
    <section aria-labelledby="my-circles-heading" className="mb-10 max-w-xl">
      <h2 id="my-circles-heading" className="mb-3 text-2xl font-bold">{t('circleMinutes.myCircles')}</h2>
      {circles.map((c) => (
        <div key={c.id} className="mb-6">
          <h3 className="text-xl font-bold">{t('portal.with', { name: c.coreMember.firstName })}</h3>
          {c.weekday && c.startTime && <p>{t('circleMinutes.meets', { day: t(`enums.weekday.${c.weekday}`), time: c.startTime, weeks: c.everyWeeks, venue: c.venue ?? '' })}</p>}
          <h4 className="mt-3 font-bold">{t('circleLife.goals')}</h4>
          <p className="mb-3 whitespace-pre-wrap">{c.agreedGoals ?? t('circleLife.noGoals')}</p>
          <details>
            <summary className="cursor-pointer font-bold underline">{t('circleMinutes.circleMinutes', { count: c.minutes.length })}</summary>
            <div className="mt-3"><MinutesList minutes={c.minutes} level={4} /></div>
          </details>
        </div>
      ))}
    </section>
  )
}
