import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { localisedName } from '@/lib/localised'
import { updateCohortAction } from '@/server/iom/actions'
import { findCandidates } from '@/server/iom/candidates'
import { cohortAreaChoices } from '@/server/iom/cohorts'
import { panelLeadOptions } from '@/server/iom/leads'
import { can } from '@/server/policy'
import { requireActor } from '@/server/session'
import { cohortAreaLine, cohortFields } from '../../_cohort-fields'
import { criteriaLines } from '../../_criteria'
import { CandidatesSection } from './_candidates'
import { PanelSection } from './_panel'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('iomCohort')
  return { title: t('title') }
}

/** One cohort: its criteria, the candidate list they produce, the panel's decisions and changing the criteria. */
export default async function CohortPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = (await requireActor())
  const { cohort, candidates, drawnAs } = await orNotFound(findCandidates(actor, (await recordIds(params)).id))
  const t = await getTranslations()
  const locale = await getLocale()
  const manage = can(actor, 'iom.manage')
  const areas = await cohortAreaChoices(actor)
  return (
    <>
      <p><Link href="/iom">{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{localisedName(cohort, locale)}</h1>
      <dl className="mb-8 grid max-w-3xl sm:grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-bold">{t('iom.strand')}</dt>
        <dd>{t(`iom.strandName.${cohort.strand}`)}</dd>
        <dt className="font-bold">{t('roleCohort.area')}</dt>
        <dd>{cohortAreaLine(t, cohort, areas, locale)}</dd>
        <dt className="font-bold">{t('iom.criteria')}</dt>
        <dd><ul>{criteriaLines(t, cohort).map((line) => <li key={line}>{line}</li>)}</ul></dd>
        <dt className="font-bold">{t('iom.reviewEvery')}</dt>
        <dd>{t('iom.weeks', { weeks: cohort.reviewEveryWeeks })}</dd>
      </dl>
      {/* The intro names the cohort's local area when it has one, not its whole force area (issue 15 item 17). */}
      <CandidatesSection cohort={cohort} candidates={candidates} area={cohort.lduId || cohort.localAuthorityIds.length ? cohortAreaLine(t, cohort, areas, locale) : t(`enums.region.${cohort.region}`)} />
      {manage && cohort.active && <PanelSection cohortId={cohort.id} drawnAs={drawnAs} candidates={candidates} leads={await panelLeadOptions(actor, candidates.map((c) => c.id))} />}
      {manage && (
        <section aria-labelledby="criteria-heading" className="mb-10 max-w-2xl">
          <h2 id="criteria-heading" className="mb-3 text-2xl font-bold">{t('iomCohort.edit')}</h2>
          <ActionForm problemTitle={t('common.problem')} action={updateCohortAction} idPrefix="criteria" hidden={{ cohortId: cohort.id, version: cohort.version }} fields={cohortFields(t, areas, locale, cohort)} submitLabel={t('iomCohort.save')} successMessage={t('iomCohort.saved')} />
        </section>
      )}
    </>
  )
}
