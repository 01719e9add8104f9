import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getLocale, getTranslations } from 'next-intl/server'
import { ActionForm } from '@/components/action-form'
import { createCohortAction } from '@/server/iom/actions'
import { cohortAreaChoices } from '@/server/iom/cohorts'
import { can } from '@/server/policy'
import { requireActor } from '@/server/session'
import { cohortFields } from '../../_cohort-fields'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('iomCohort')
  return { title: t('newTitle') }
}

/** A new cohort of the actor's force area; on success the cohort's own page opens with its candidate list. */
export default async function NewCohortPage() {
  const actor = (await requireActor())
  if (!can(actor, 'iom.manage') || !actor.region) notFound()
  const t = await getTranslations()
  const [locale, areas] = await Promise.all([getLocale(), cohortAreaChoices(actor)])
  return (
    <>
      <p><Link href="/iom">{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('iomCohort.newTitle')}</h1>
      <p className="mb-6 max-w-2xl">{t('iomCohort.newIntro', { region: t(`enums.region.${actor.region}`) })}</p>
      <div className="max-w-2xl">
        <ActionForm problemTitle={t('common.problem')} action={createCohortAction} idPrefix="cohort" hidden={{}} fields={cohortFields(t, areas, locale)} submitLabel={t('iomCohort.create')} successMessage={t('iomCohort.created')} />
      </div>
    </>
  )
}
