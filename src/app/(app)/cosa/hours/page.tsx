import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter, getDurationFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { SimpleTable } from '@/components/simple-table'
import { volunteerHours } from '@/server/cosa/volunteer-hours'
import { requireActor } from '@/server/session'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('cosaRota.hours')
  return { title: t('title') }
}

/** Volunteer hours for funders by volunteer and month, with the CSV download (issue 16 item 12). */
export default async function VolunteerHoursPage() {
  const rows = await orNotFound(volunteerHours((await requireActor())))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  // Hours and minutes, as a coordinator reads them: 15 minutes was "0.3 h" (cosa17 item 3).
  const h = await getDurationFormatter()
  return (
    <>
      <p><Link href="/cosa">{t('common.back')}</Link></p>
      <h1 id="hours-heading" className="my-4 text-3xl font-bold">{t('cosaRota.hours.title')}</h1>
      <p className="mb-3 max-w-3xl">{t('cosaRota.hours.intro')}</p>
      <p className="mb-6"><a href="/api/cosa/hours" download>{t('cosaRota.hours.download')}</a></p>
      {rows.length === 0 ? <p>{t('cosaRota.hours.none')}</p> : (
        <SimpleTable labelledBy="hours-heading" rowHeaders headers={['month', 'volunteer', 'meeting', 'supervision', 'training', 'total'].map((k) => t(`cosaRota.hours.${k}`))} rows={rows.map((r) => ({
          key: `${r.month}-${r.volunteerId}`,
          cells: [formatDate(new Date(`${r.month}-01T00:00:00Z`), 'monthYear'), r.name, h(r.meeting), h(r.supervision), h(r.training), h(r.total)],
        }))} />
      )}
    </>
  )
}
