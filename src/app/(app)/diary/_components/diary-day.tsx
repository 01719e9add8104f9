import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { formatLondonTime } from '@/lib/dates'
import type { Diary } from '@/server/diary/find-diary'

type Entry = Diary['entries'][number]
const outcomes = ['ATTENDED', 'FAILED_TO_ATTEND', 'ACCEPTABLE_ABSENCE', 'WARNING', 'BREACH', 'RECALL'] as const
const isOutcome = (s: string): s is (typeof outcomes)[number] => (outcomes as readonly string[]).includes(s)

/** One London day of the diary: each appointment's time, length, type, person (or "access restricted"), place and status. */
export async function DiaryDay({ day, heading, entries }: { day: string; heading: string; entries: Entry[] }) {
  const t = await getTranslations()
  const locale = await getLocale()
  const time = (d: Date) => formatLondonTime(d, locale)
  const id = `day-${day}`
  return (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="mb-3 text-2xl font-bold">{heading}</h2>
      {entries.length === 0 && <p>{t('diary.noneDay')}</p>}
      <ul className="space-y-4">
        {entries.map((e, i) => {
          const cancelled = e.status === 'CANCELLED'
          const when = t('diary.timeRange', { start: time(e.start), end: time(e.end) })
          return (
            // A restricted entry is keyed by its position: React keys reach the page (issue 17 item 6).
            <li key={e.id ?? `restricted-${i}`} className={`break-words border-l-4 pl-3 ${cancelled ? 'border-gray-500 text-gray-700' : 'border-brand'}`}>
              <p className="font-bold">{cancelled ? <s>{when}</s> : when} · {t('diary.minutes', { minutes: e.durationMinutes })} · {t(`diary.type.${e.type}`)}</p>
              <p>
                {e.person ? (
                  <><Link href={`/offenders/${e.person.id}`}>{e.person.name}</Link> ({e.person.crn})</>
                ) : (
                  t('diary.restricted')
                )}
              </p>
              {e.person && <p>{e.location ? t('diary.location', { location: e.location }) : t('diary.noLocation')}</p>}
              <p className="font-bold">{isOutcome(e.status) ? t(`enums.outcome.${e.status}`) : t(`diary.status.${e.status}`)}</p>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
