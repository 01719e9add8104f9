import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { localisedOptions } from '@/lib/localised'
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
  const locale = await getLocale()
  const chair = (u: { id: string; name: string; roles: string[] }) => ({ value: u.id, label: `${u.name} (${u.roles.map((r) => t(`roles.${r}`)).join(', ')})` })
  return (
    <>
      <p><Link href="/mappa">{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('mappa.scheduleHeading', { area: t(`enums.region.${choices.area}`) })}</h1>
      <p className="mb-6 max-w-3xl">{t('mappa.scheduleIntro')}</p>
      <ScheduleForm choices={{ chairs: choices.chairs.map(chair), core: localisedOptions(choices.core, locale), dutyToCooperate: localisedOptions(choices.dutyToCooperate, locale) }} />
    </>
  )
}
