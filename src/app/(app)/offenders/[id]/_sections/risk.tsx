import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import type { OffenderRecord } from '@/server/offenders/get-offender'

const GROUPS = ['CHILDREN', 'PUBLIC', 'KNOWN_ADULT', 'STAFF', 'PRISONERS'] as const
const SETTINGS = ['COMMUNITY', 'CUSTODY'] as const

export async function RiskSection({ record }: { record: OffenderRecord }) {
  const t = await getTranslations()
  const format = await getFormatter()
  const risk = record.risk
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
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
      {!risk ? (
        <p>{t('risk.notAvailable')}</p>
      ) : (
        <>
          <p className="mb-3">{t('risk.summary', { level: t(`enums.rosh.${risk.overallRosh}`), date: day(risk.assessedAt) })}</p>
          <table className="mb-4 w-full border-collapse text-left text-sm">
            <caption className="text-left font-bold">{t('risk.roshTable')}</caption>
            <thead>
              <tr className="border-b-2 border-gray-900">
                <th scope="col" className="p-1">{t('risk.group')}</th>
                {SETTINGS.map((s) => <th key={s} scope="col" className="p-1">{t(`enums.setting.${s}`)}</th>)}
              </tr>
            </thead>
            <tbody>
              {GROUPS.map((g) => (
                <tr key={g} className="border-b border-gray-300">
                  <th scope="row" className="p-1 font-normal">{t(`enums.roshGroup.${g}`)}</th>
                  {SETTINGS.map((s) => {
                    const level = risk.ratings.find((r) => r.group === g && r.setting === s)?.level
                    return <td key={s} className="p-1">{level ? t(`enums.rosh.${level}`) : t('common.notAssessed')}</td>
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <h3 className="mb-1 font-bold">{t('risk.predictors')}</h3>
          <ul className="mb-4">
            {risk.predictors.filter((p) => p.score !== null).map((p) => (
              <li key={p.key}>
                {t(`risk.predictor.${p.key}`)}: {p.score}% ({t(`enums.band.${p.band}`)})
              </li>
            ))}
          </ul>
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
