import type { Metadata } from 'next'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { FilterErrorSummary } from '@/components/filter-error-summary'
import { withFilterErrors } from '@/app/_lib/filter-errors'
import { orNotFound } from '@/app/_lib/or-not-found'
import { findTimeline } from '@/server/contacts/find-timeline'
import { requireActor } from '@/server/session'
import { TimelineFilters } from './timeline-filters'
import { TimelineList } from './timeline-list'
import { recordIds } from '@/app/_lib/record-id'
import { localisedOptions } from '@/lib/localised'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('timeline')
  return { title: t('title') }
}

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }

export default async function TimelinePage({ params, searchParams }: Params) {
  const { id } = await recordIds(params)
  const filters = await searchParams
  const actor = (await requireActor())
  // Bad filters: say which, and show the timeline without them below the form.
  const { result, errors } = await withFilterErrors(filters, (f) => orNotFound(findTimeline(actor, { ...f, offenderId: id })))
  return <Timeline result={result} values={filters} errors={errors} />
}

async function Timeline({ result, values, errors }: { result: Awaited<ReturnType<typeof findTimeline>>; values: Record<string, string | undefined>; errors: Record<string, string[]> }) {
  const t = await getTranslations()
  const cy = (await getLocale()) === 'cy'
  const o = result.offender
  const next = result.nextBefore ? `?${new URLSearchParams({ ...Object.fromEntries(Object.entries(values).filter(([, v]) => v)), before: result.nextBefore } as Record<string, string>)}` : null
  return (
    <>
      <p><Link href={`/offenders/${o.id}`}>{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('timeline.heading', { name: `${o.firstName} ${o.lastName}`, crn: o.crn })}</h1>
      <FilterErrorSummary errors={errors} labels={{ type: t('timeline.type'), agencyId: t('timeline.agency'), compliance: t('timeline.compliance'), from: t('timeline.from'), to: t('timeline.to'), q: t('timeline.keyword') }} />
      <TimelineFilters values={values} errors={errors} agencies={localisedOptions(result.agencies, cy ? 'cy' : 'en')} />
      <p className="my-4" role="status">{t('timeline.count', { count: result.entries.length })}</p>
      <TimelineList offenderId={o.id} entries={result.entries} canEdit={result.canEdit} />
      {next && <p className="mt-6"><Link href={`/offenders/${o.id}/timeline${next}`}>{t('timeline.older')}</Link></p>}
    </>
  )
}
