import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { SimpleTable } from '@/components/simple-table'
import { volunteerStages } from '@/server/cosa/pipeline'
import { listVolunteers } from '@/server/cosa/volunteers'
import { requireActor } from '@/server/session'
import { CirclesSection } from './_circles-section'
import { ConcernsSection } from './_concerns-section'
import { CosaDashboardSection } from './_dashboard-section'
import { MinutesOverdueSection } from './_minutes-overdue-section'
import { SupervisionDueSection } from './_supervision-due-section'
import { CosaReferralsSection } from './_referrals-section'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('cosa')
  return { title: t('title') }
}

/** The coordinator's volunteers: the pipeline by stage, vetting that needs attention, and the list. */
export default async function CosaPage({ searchParams }: { searchParams: Promise<{ stage?: string }> }) {
  const asked = (await searchParams).stage
  const stage = volunteerStages.find((s) => s === asked)
  const actor = (await requireActor())
  const list = await orNotFound(listVolunteers(actor, { stage }))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const day = (d: Date | null) => (d ? formatDate(d, 'day') : t('cosa.none'))
  const name = (v: { id: string; firstName: string; lastName: string }) => <Link href={`/cosa/volunteers/${v.id}`}>{`${v.firstName} ${v.lastName}`}</Link>
  return (
    <>
      <h1 id="cosa-heading" className="mb-4 text-3xl font-bold">{t('cosa.title')}</h1>
      <ul className="mb-6 flex flex-wrap gap-6">
        <li><Link href="/cosa/volunteers/new" className="font-bold">{t('cosa.newEnquiry')}</Link></li>
        <li><Link href="/cosa/rota" className="font-bold">{t('rota.title')}</Link></li>
      </ul>
      <CosaDashboardSection actor={actor} />
      <ConcernsSection actor={actor} />
      <MinutesOverdueSection actor={actor} />
      <SupervisionDueSection actor={actor} />
      <CosaReferralsSection actor={actor} />
      <CirclesSection actor={actor} />

      <section aria-labelledby="pipeline-heading" className="mb-10">
        <h2 id="pipeline-heading" className="mb-3 text-2xl font-bold">{t('cosa.pipeline')}</h2>
        <nav aria-label={t('cosa.filter')}>
          <ul className="flex flex-wrap gap-4">
            <li><Link href="/cosa" aria-current={!stage ? 'page' : undefined} className={!stage ? 'font-bold' : undefined}>{t('cosa.current')}</Link></li>
            {volunteerStages.map((s) => (
              <li key={s}>
                <Link href={`/cosa?stage=${s}`} aria-current={stage === s ? 'page' : undefined} className={stage === s ? 'font-bold' : undefined}>
                  {t('cosa.stageCount', { stage: t(`enums.volunteerStage.${s}`), count: list.counts[s] ?? 0 })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </section>

      <section aria-labelledby="attention-heading" className="mb-10">
        <h2 id="attention-heading" className="mb-3 text-2xl font-bold">{t('cosa.attention')}</h2>
        {list.attention.length === 0 ? <p>{t('cosa.attentionNone')}</p> : (
          <SimpleTable labelledBy="attention-heading" rowHeaders headers={[t('cosa.volunteer'), t('cosa.dbsExpires'), t('cosa.trainingExpires'), t('cosa.alerts')]} rows={list.attention.map((v) => ({
            key: v.id,
            cells: [name(v), day(v.dbsExpiresOn), day(v.trainingExpiresOn), <strong key="a" className="text-error">{v.alerts.map((a) => t(`enums.vettingAlert.${a}`)).join(', ')}</strong>],
          }))} />
        )}
      </section>

      <section aria-labelledby="volunteers-heading">
        <h2 id="volunteers-heading" className="mb-3 text-2xl font-bold">{stage ? t(`enums.volunteerStage.${stage}`) : t('cosa.current')}</h2>
        {list.volunteers.length === 0 ? <p>{t('cosa.empty')}</p> : (
          <SimpleTable labelledBy="cosa-heading" rowHeaders headers={[t('cosa.volunteer'), t('cosa.stage'), t('cosa.homeArea'), t('cosa.welsh')]} rows={list.volunteers.map((v) => ({
            key: v.id,
            cells: [name(v), t(`enums.volunteerStage.${v.stage}`), v.homeArea, v.welshSpeaker ? t('cosa.yes') : t('cosa.no')],
          }))} />
        )}
      </section>
    </>
  )
}
