import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { getScheduleChoices } from '@/server/mappa/queries'
import { requireActor } from '@/server/session'
import { ScheduleForm } from './schedule-form'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('mappa')
  return { title: t('scheduleMeeting') }
}

export default async function NewMeetingPage() {
  const choices = await orNotFound(getScheduleChoices((await requireActor())))
  const t = await getTranslations()
  const cy = (await getLocale()) === 'cy'
  const agency = (a: { id: string; name: string; nameCy: string | null }) => ({ value: a.id, label: cy && a.nameCy ? a.nameCy : a.name })
  const chair = (u: { id: string; name: string; roles: string[] }) => ({ value: u.id, label: `${u.name} (${u.roles.map((r) => t(`roles.${r}`)).join(', ')})` })
  return (
    <>
      <p><Link href="/mappa">{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('mappa.scheduleHeading', { area: t(`enums.region.${choices.area}`) })}</h1>
      <p className="mb-6 max-w-3xl">{t('mappa.scheduleIntro')}</p>
      <ScheduleForm choices={{ chairs: choices.chairs.map(chair), core: choices.core.map(agency), dutyToCooperate: choices.dutyToCooperate.map(agency) }} />
    </>
  )
}
