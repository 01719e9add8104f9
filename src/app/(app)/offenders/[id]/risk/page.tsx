import type { Metadata } from 'next'
import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { getRisk } from '@/server/risk/get-risk'
import { requireActor } from '@/server/session'
import { planSections } from '@/server/risk/risk.schemas'
import { Assessment } from './assessment'
import { PlanForm } from './plan-form'
import { Registrations } from './registrations'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('risk')
  return { title: t('pageTitle') }
}

export default async function RiskPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await recordIds(params)
  const risk = await orNotFound(getRisk((await requireActor()), id))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const [current, ...older] = risk.riskPlans
  const day = (d: Date) => formatDate(d, 'day')
  const stamp = (p: NonNullable<typeof current>) => t('risk.versionLine', { version: p.version, date: formatDate(p.createdAt, 'dateTime'), author: risk.authorNames[p.authorId] ?? '', review: day(p.nextReviewDate) })
  return (
    <>
      <p><Link href={`/offenders/${risk.id}`}>{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('risk.heading', { name: `${risk.firstName} ${risk.lastName}`, crn: risk.crn })}</h1>
      <Assessment risk={risk} />
      <section aria-labelledby="plan-heading" className="mb-10">
        <h2 id="plan-heading" className="mb-2 text-2xl font-bold">{t('risk.planTitle')}</h2>
        {current ? (
          <>
            <p className="mb-4 text-gray-700">{stamp(current)}</p>
            <dl className="mb-6 space-y-3">
              {planSections.map((s) => (
                <div key={s}>
                  <dt className="font-bold">{t(`risk.plan.${s}`)}</dt>
                  <dd className="whitespace-pre-line">{current[s]}</dd>
                </div>
              ))}
            </dl>
          </>
        ) : (
          <p className="mb-4">{t('risk.noPlan')}</p>
        )}
        {risk.canUpdate && (
          <div className="mb-6 max-w-3xl">
            <PlanForm offenderId={risk.id} summary={current ? t('risk.updatePlan') : t('risk.writePlan')} current={current ? { ...current, nextReviewDate: current.nextReviewDate.toISOString().slice(0, 10) } : null} />
          </div>
        )}
        {older.length > 0 && (
          <details>
            <summary className="cursor-pointer underline">{t('risk.olderVersions', { count: older.length })}</summary>
            <ol className="mt-4 space-y-6">
              {older.map((p) => (
                <li key={p.id} className="border-l-4 border-gray-400 pl-3">
                  <p className="mb-2 text-gray-700">{stamp(p)}</p>
                  <dl className="space-y-2">
                    {planSections.map((s) => (
                      <div key={s}>
                        <dt className="font-bold">{t(`risk.plan.${s}`)}</dt>
                        <dd className="whitespace-pre-line">{p[s]}</dd>
                      </div>
                    ))}
                  </dl>
                </li>
              ))}
            </ol>
          </details>
        )}
      </section>
      <Registrations offenderId={risk.id} flags={risk.riskFlags} canUpdate={risk.canUpdate} names={risk.authorNames} />
    </>
  )
}
