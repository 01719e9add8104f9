import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
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
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)

/**
 * The diary (issue 13): a staff member's appointments for a London day or week, in one column so it reads on a
 * phone. The domain layer decides whose diary may be opened and which people may be named.
 */
export default async function DiaryPage({ searchParams }: { searchParams: Search }) {
  const actor = (await requireActor())
  const params = await searchParams
  const staffId = one(params.staff) || undefined
  const diary = await orNotFound(findDiary(actor, { day: one(params.date), view: one(params.view), staffId }))
  const staff = can(actor, 'diary.viewTeam') ? await findTeamStaff(actor) : []
  const t = await getTranslations('diary')
  const locale = await getLocale()
  const dayName = (day: string) => lineStart(formatLondonWeekday(day, locale)) // a heading of its own
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{diary.isOwn ? t('yourDiary') : t('diaryOf', { name: diary.owner.name })}</h1>
      <DiaryNav range={diary.range} ownerId={diary.owner.id} isOwn={diary.isOwn} staff={staff} heading={dayName(diary.range.days[0]!)} />
      {diary.range.days.map((day) => (
        <DiaryDay key={day} day={day} heading={dayName(day)} entries={diary.entries.filter((e) => londonDay(e.start) === day)} />
      ))}
    </>
  )
}
