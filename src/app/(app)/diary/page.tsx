import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { withFilterErrors } from '@/app/_lib/filter-errors'
import { orNotFound } from '@/app/_lib/or-not-found'
import { FilterErrorSummary } from '@/components/filter-error-summary'
import { formatLondonWeekday, londonDay } from '@/lib/dates'
import { lineStart } from '@/lib/format-dates'
import { findDiary } from '@/server/diary/find-diary'
import { findTeamStaff } from '@/server/diary/find-team-staff'
import { can } from '@/server/policy'
import { requireActor } from '@/server/session'
import { DiaryDay } from './_components/diary-day'
import { DiaryNav } from './_components/diary-nav'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('diary')
  return { title: t('title') }
}

type Search = Promise<Record<string, string | string[] | undefined>>

/**
 * The diary (issue 13): a staff member's appointments for a London day or week, in one column so it reads on a
 * phone. The domain layer decides whose diary may be opened and which people may be named.
 */
export default async function DiaryPage({ searchParams }: { searchParams: Search }) {
  const actor = (await requireActor())
  const params = await searchParams
  // A day or view the address gets wrong is named above today's diary, not replaced in silence (walk 51 F5).
  const { result: diary, errors } = await withFilterErrors(params, (p) => orNotFound(findDiary(actor, p)))
  const staff = can(actor, 'diary.viewTeam') ? await findTeamStaff(actor) : []
  const t = await getTranslations('diary')
  const locale = await getLocale()
  const dayName = (day: string) => lineStart(formatLondonWeekday(day, locale)) // a heading of its own
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{diary.isOwn ? t('yourDiary') : t('diaryOf', { name: diary.owner.name })}</h1>
      <FilterErrorSummary errors={errors} labels={{ date: t('dayInAddress'), view: t('viewLabel'), staff: t('whose') }} />
      <DiaryNav range={diary.range} ownerId={diary.owner.id} isOwn={diary.isOwn} staff={staff} heading={dayName(diary.range.days[0]!)} />
      {diary.range.days.map((day) => (
        <DiaryDay key={day} day={day} heading={dayName(day)} entries={diary.entries.filter((e) => londonDay(e.start) === day)} />
      ))}
    </>
  )
}
