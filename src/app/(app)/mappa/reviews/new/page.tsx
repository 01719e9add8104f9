import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { localisedOptions } from '@/lib/localised'
import { openReviewAction } from '@/server/mappa/review-actions'
import { getReviewChoices } from '@/server/mappa/reviews'
import { requireActor } from '@/server/session'
import { ReviewPicker } from './review-picker'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reviews')
  return { title: t('open') }
}

/** Opens a review: for the person named in the address, or (from the overview) after finding them (issue 16 item 5). */
export default async function OpenReviewPage({ searchParams }: { searchParams: Promise<{ offender?: string; q?: string }> }) {
  const { offender = '', q } = await searchParams
  const actor = (await requireActor())
  // No `q` at all: the page just opened; a blank one was searched for, and is told so.
  if (!offender) return <ReviewPicker actor={actor} q={typeof q === 'string' ? q : undefined} />
  const { person, agencies } = await orNotFound(getReviewChoices(actor, offender))
  const t = await getTranslations()
  const locale = await getLocale()
  return (
    <>
      {/* Back where the coordinator came from: the search on the overview's path, else the person's MAPPA page (walk 41 O8). */}
      <p><Link href={typeof q === 'string' && q ? `/mappa/reviews/new?q=${encodeURIComponent(q)}` : `/offenders/${person.id}/mappa`}>{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('reviews.openFor', { name: `${person.firstName} ${person.lastName} (${person.crn})` })}</h1>
      <div className="max-w-2xl">
        <ActionForm
          problemTitle={t('common.problem')}
          action={openReviewAction}
          idPrefix="review"
          hidden={{ offenderId: person.id }}
          fields={[
            { kind: 'date', name: 'offenceDate', label: t('reviews.offenceDate') },
            { kind: 'textarea', name: 'offenceSummary', label: t('reviews.offenceSummary') },
            { kind: 'textarea', name: 'termsOfReference', label: t('reviews.termsOfReference') },
            { kind: 'checkboxes', name: 'agencyIds', label: t('reviews.agencies'), options: localisedOptions(agencies, locale) },
          ]}
          submitLabel={t('reviews.open')}
          successMessage={t('reviews.opened')}
        />
      </div>
    </>
  )
}
