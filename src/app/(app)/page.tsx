import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { can } from '@/server/policy'
import { getActor } from '@/server/session'
import { AdminHome } from './_home/admin-home'
import { CaseloadHome } from './_home/caseload-home'
import { CountersignHome } from './_home/countersign-home'
import { MappaHome } from './_home/mappa-home'
import { ServiceLevelHome } from './_home/service-level-home'
import { StatisticsHome } from './_home/statistics-home'
import { TransfersHome } from './_home/transfers-home'
import { VolunteerHome } from './_home/volunteer-home'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('home')
  return { title: t('title') }
}

type Search = Promise<Record<string, string | string[] | undefined>>

/** Home per role: a caseload for case workers, figures for strategic managers, administration for admins. */
export default async function HomePage({ searchParams }: { searchParams: Search }) {
  const actor = (await getActor())!
  const t = await getTranslations('home')
  const params = await searchParams
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t('greeting', { name: actor.name })}</h1>
      {can(actor, 'allocation.manage') && <TransfersHome actor={actor} rejected={params.transfer === 'rejected'} />}
      {can(actor, 'enforcement.countersign') && <CountersignHome actor={actor} />}
      <MappaHome actor={actor} />
      {can(actor, 'partner.refer') && <ServiceLevelHome actor={actor} />}
      {can(actor, 'caseload.view') && <CaseloadHome actor={actor} params={params} />}
      {can(actor, 'stats.view') && <StatisticsHome actor={actor} />}
      {can(actor, 'user.manage') && <AdminHome />}
      {can(actor, 'cosa.portal') && <VolunteerHome actor={actor} minutesSent={params.minutes === 'sent'} />}
      {!can(actor, 'caseload.view') && !can(actor, 'stats.view') && !can(actor, 'user.manage') && !can(actor, 'cosa.portal') && (
        <p>{t('nothingShared')}</p>
      )}
    </>
  )
}
