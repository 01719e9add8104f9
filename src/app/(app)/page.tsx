import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import type { Actor } from '@/server/policy'
import { homeFor, type HomeSection } from '@/server/policy/workspace'
import { requireActor } from '@/server/session'
import { AdminHome } from './_home/admin-home'
import { BreakGlassHome } from './_home/break-glass-home'
import { CaseloadHome } from './_home/caseload-home'
import { CosaHome } from './_home/cosa-home'
import { CountersignHome } from './_home/countersign-home'
import { IomHome } from './_home/iom-home'
import { MappaHome } from './_home/mappa-home'
import { MappaOverviewHome } from './_home/mappa-overview-home'
import { PartnerHome } from './_home/partner-home'
import { ServiceLevelHome } from './_home/service-level-home'
import { StatisticsHome } from './_home/statistics-home'
import { TransfersHome } from './_home/transfers-home'
import { VolunteerHome } from './_home/volunteer-home'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('home')
  return { title: t('title') }
}

type Params = Record<string, string | string[] | undefined>
type Search = Promise<Params>

// How each home section is drawn; which sections an actor gets is decided from permissions in policy/workspace.ts.
const render: Record<HomeSection, (actor: Actor, params: Params) => React.ReactNode> = {
  partnerReferrals: (actor) => <PartnerHome actor={actor} />,
  transfers: (actor, params) => <TransfersHome actor={actor} rejected={params.transfer === 'rejected'} />,
  countersign: (actor) => <CountersignHome actor={actor} />,
  serviceLevelAlerts: (actor) => <ServiceLevelHome actor={actor} />,
  mappaWork: (actor) => <MappaHome actor={actor} />,
  caseload: (actor, params) => <CaseloadHome actor={actor} params={params} />,
  mappaOverview: (actor) => <MappaOverviewHome actor={actor} />,
  iomMembers: (actor) => <IomHome actor={actor} />,
  cosaWork: (actor) => <CosaHome actor={actor} />,
  statistics: (actor) => <StatisticsHome actor={actor} />,
  admin: () => <AdminHome />,
  breakGlassReview: (actor) => <BreakGlassHome actor={actor} />,
  volunteer: (actor, params) => <VolunteerHome actor={actor} minutesSent={params.minutes === 'sent'} declined={typeof params.declined === 'string' ? params.declined : undefined} />,
}

/** Home per role (issue 15 item 15): only the sections the actor's permissions give them, their own work first. */
export default async function HomePage({ searchParams }: { searchParams: Search }) {
  const actor = (await requireActor())
  const t = await getTranslations('home')
  const params = await searchParams
  const { sections, nothingShared } = homeFor(actor)
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold">{t('greeting', { name: actor.name })}</h1>
      {sections.map((s) => <div key={s}>{render[s](actor, params)}</div>)}
      {nothingShared && <p>{t('nothingShared')}</p>}
    </>
  )
}
