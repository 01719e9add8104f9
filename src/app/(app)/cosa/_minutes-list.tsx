import { getLocale, getTranslations } from 'next-intl/server'
import { afterOn } from '@/lib/format-dates'
import { getDateFormatter } from '@/i18n/date-formatter'
import type { CoreMemberMood } from '@/generated/prisma/enums'

export type MinutesEntry = {
  id: string
  coreMemberAttended: boolean
  present: string[]
  discussion: string
  mood: CoreMemberMood | null
  goalsProgress: string | null
  submittedAt: Date
  late: boolean
  author: { firstName: string }
  meeting: { startsAt: Date }
}

/** A circle's minutes as the volunteers wrote them; the same view for the coordinator, volunteers and outer circle. */
export async function MinutesList({ minutes, level = 3 }: { minutes: MinutesEntry[]; level?: 3 | 4 }) {
  const t = await getTranslations('circleMinutes')
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  if (!minutes.length) return <p className="mb-4">{t('none')}</p>
  const Heading = level === 3 ? 'h3' : 'h4'
  return (
    <ul className="mb-6 space-y-4">
      {minutes.map((m) => (
        <li key={m.id} className="max-w-3xl border-l-4 border-brand pl-3">
          <Heading className="text-lg font-bold">{t('of', { date: afterOn(formatDate(m.meeting.startsAt, 'dateFull'), locale) })}</Heading>
          <dl className="grid sm:grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
            <dt className="font-bold">{t('coreMemberAttended')}</dt>
            <dd>{m.coreMemberAttended ? t('yes') : t('no')}</dd>
            <dt className="font-bold">{t('present')}</dt>
            <dd>{m.present.join(', ')}</dd>
            <dt className="font-bold">{t('mood')}</dt>
            <dd>{m.mood ? t(`moods.${m.mood}`) : t('notSeen')}</dd>
            <dt className="font-bold">{t('discussion')}</dt>
            <dd className="whitespace-pre-wrap">{m.discussion}</dd>
            <dt className="font-bold">{t('goalsProgress')}</dt>
            <dd className="whitespace-pre-wrap">{m.goalsProgress ?? t('notSeen')}</dd>
          </dl>
          <p className="mt-1 text-sm">{t('writtenBy', { name: m.author.firstName, when: formatDate(m.submittedAt, 'dateTime') })}{m.late && ` — ${t('late')}`}</p>
        </li>
      ))}
    </ul>
  )
}
