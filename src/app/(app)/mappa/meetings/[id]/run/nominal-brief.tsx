import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { localisedName } from '@/lib/localised'
import type { getChairBrief } from '@/server/mappa/chair-brief'

type Brief = Awaited<ReturnType<typeof getChairBrief>>
const PLAN = ['supervision', 'monitoringAndControl', 'interventionsTreatment', 'victimSafetyPlanning', 'contingency'] as const

/**
 * The chair's information panel for the nominal being discussed (issue 16 item 2). What it holds was decided by
 * need-to-know in the domain (chair-brief.ts): withheld parts arrive empty and say so here.
 */
export async function NominalBrief({ brief: b }: { brief: Brief }) {
  const [t, formatDate, locale] = await Promise.all([getTranslations(), getDateFormatter(), getLocale()])
  const day = (d: Date) => formatDate(d, 'day')
  const none = t('mappaChair.brief.notRecorded')
  const row = (label: string, value: React.ReactNode) => (
    <div key={label} className="mb-2">
      <dt className="font-bold">{label}</dt>
      <dd>{value}</dd>
    </div>
  )
  // The plan the panel agreed at its last meeting is in those minutes, not on the risk record (walk 47 F2).
  const last = b.lastMinutes
  return (
    <section aria-labelledby="brief-heading" className="mb-8 border-l-4 border-brand bg-brand-light p-4">
      <h4 id="brief-heading" className="mb-3 text-xl font-bold">{t('mappaChair.brief.heading')}</h4>
      <dl className="grid gap-x-6 md:grid-cols-2">
        {row(t('mappaChair.brief.category'), b.category ? t(`enums.mappaCategory.${b.category}`) : none)}
        {row(b.level ? t('mappaChair.brief.level') : t('mappaChair.brief.levelSought'), b.level ?? b.levelSought ?? none)}
        {row(t('mappaChair.brief.leadAgency'), b.leadAgency ? localisedName(b.leadAgency, locale) : none)}
        {row(t('mappaChair.brief.offenderManager'), b.offenderManager ? `${b.offenderManager.name} — ${localisedName(b.offenderManager.agency, locale)}` : none)}
        {row(t('mappaChair.brief.nextReview'), b.nextReviewDate ? day(b.nextReviewDate) : none)}
      </dl>
      {b.risk === null ? <p className="mt-2">{t('mappaChair.brief.riskWithheld')}</p> : (
        <dl className="mt-2">
          {row(t('mappaChair.brief.rosh'), b.risk.profile ? (
            <>
              {t('mappaChair.brief.roshOverall', { level: t(`enums.rosh.${b.risk.profile.overallRosh}`), date: day(b.risk.profile.assessedAt) })}
              {b.risk.profile.ratings.length > 0 && <span className="block">{t('mappaChair.brief.roshCommunity')}: {b.risk.profile.ratings.map((r) => `${t(`enums.roshGroup.${r.group}`)} ${t(`enums.rosh.${r.level}`)}`).join('; ')}</span>}
            </>
          ) : t('mappaChair.brief.noRosh'))}
          {row(t('mappaChair.brief.plan'), b.risk.plan ? (
            <>
              <span className="block">{t('mappaChair.brief.planVersion', { version: b.risk.plan.version, date: day(b.risk.plan.createdAt), review: day(b.risk.plan.nextReviewDate) })}</span>
              <dl className="mt-1 pl-3">{PLAN.map((f) => row(t(`minutes.${f}`), <span className="whitespace-pre-wrap">{b.risk!.plan![f]}</span>))}</dl>
            </>
          ) : t(typeof last === 'object' ? 'mappaChair.brief.noPlanSeeMinutes' : 'mappaChair.brief.noPlan'))}
        </dl>
      )}
      <h5 className="mt-3 font-bold">{t('mappaChair.brief.lastMinutes')}</h5>
      {last === 'none' ? <p>{t('mappaChair.brief.lastMinutesNone')}</p> : last === 'notOnDistribution' ? <p>{t('mappaChair.brief.lastNotOnDistribution')}</p> : (
        <p>
          <Link href={`/mappa/meetings/${last.id}/minutes`}>{t('mappaChair.brief.lastMinutesLink', { level: last.level, date: day(last.startsAt) })}</Link>
          {last.levelDecision && last.decidedLevel && last.nextReviewDate && <> {t('mappaChair.brief.lastDecision', { decision: t(`enums.levelDecision.${last.levelDecision}`), level: last.decidedLevel, date: day(last.nextReviewDate) })}</>}
        </p>
      )}
    </section>
  )
}
