import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import type { OffenderRecord } from '@/server/offenders/get-offender'
import { RoshTable } from './rosh-table'

export async function RiskSection({ record }: { record: OffenderRecord }) {
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const risk = record.risk
  const day = (d: Date) => formatDate(d, 'day')
  return (
    <section aria-labelledby="risk-heading">
      <h2 id="risk-heading" className="mb-3 text-2xl font-bold">
        {t('risk.title')}
      </h2>
      {record.canViewRisk ? (
        <p className="mb-3">
          <Link href={`/offenders/${record.id}/risk`}>{t('risk.link')}</Link>
        </p>
      ) : null}
      {record.canViewMappa ? (
        <p className="mb-3">
          <Link href={`/offenders/${record.id}/mappa`}>{t('mappa.link')}</Link>
        </p>
      ) : null}
      <p className="mb-3">
        <Link href={`/offenders/${record.id}/pathways`}>{t('pathways.link')}</Link>
      </p>
      {record.canViewIom ? (
        <p className="mb-3">
          <Link href={`/offenders/${record.id}/iom`}>{t('iom.link')}</Link>
        </p>
      ) : null}
      {record.canReferCosa ? (
        <p className="mb-3">
          <Link href={`/offenders/${record.id}/cosa`}>{t('cosaReferral.link')}</Link>
        </p>
      ) : null}
      {!risk ? (
        <p>{t('risk.notAvailable')}</p>
      ) : (
        <>
          <p className="mb-3">{t('risk.summary', { level: t(`enums.rosh.${risk.overallRosh}`), date: day(risk.assessedAt) })}</p>
          <RoshTable ratings={risk.ratings} predictors={risk.predictors} caption={t('risk.roshTable')} />
        </>
      )}
      {record.riskFlags.length > 0 && (
        <>
          <h3 className="mb-1 font-bold">{t('risk.flags')}</h3>
          <ul className="space-y-1">
            {record.riskFlags.map((f) => {
              const overdue = f.isReviewOverdue
              return (
                <li key={f.id}>
                  <strong>{t(`enums.flag.${f.type}`)}</strong>
                  {f.level !== null && ` · ${t('risk.level', { level: f.level })}`}
                  {f.category !== null && ` · ${t('risk.category', { category: f.category })}`}
                  {f.nextReviewDate && (
                    <span className={overdue ? 'font-bold text-error' : ''}>
                      {' · '}
                      {overdue ? t('risk.reviewOverdue', { date: day(f.nextReviewDate) }) : t('risk.reviewDue', { date: day(f.nextReviewDate) })}
                    </span>
                  )}
                </li>
              )
            })}
          </ul>
        </>
      )}
    </section>
  )
}
