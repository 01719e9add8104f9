import type { Metadata } from 'next'
import { whenRefused } from '@/server/missing-record'
import Link from 'next/link'
import { getLocale, getTranslations } from 'next-intl/server'
import { getDateFormatter } from '@/i18n/date-formatter'
import { orNotFound } from '@/app/_lib/or-not-found'
import { ActionForm } from '@/components/action-form'
import { SimpleTable } from '@/components/simple-table'
import { localisedName, localisedOptions } from '@/lib/localised'
import { actionStatuses } from '@/server/mappa/mappa.schemas'
import { addReviewActionAction, updateReviewActionAction, updateReviewFormAction } from '@/server/mappa/review-actions'
import { Flash } from '@/components/flash'
import { getReview, getReviewChoices } from '@/server/mappa/reviews'
import { requireActor } from '@/server/session'
import { recordIds } from '@/app/_lib/record-id'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('reviews')
  return { title: t('title') }
}

/** A serious case review: what happened, what is examined, who takes part, the lessons and the actions that follow. */
export default async function ReviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }) {
  const { id } = await recordIds(params)
  const { done } = await searchParams
  const actor = (await requireActor())
  const r = await orNotFound(getReview(actor, id))
  const t = await getTranslations()
  const formatDate = await getDateFormatter()
  const locale = await getLocale()
  const day = (d: Date) => formatDate(d, 'day')
  const open = r.status === 'OPEN'
  const { agencies } = open ? await getReviewChoices(actor, r.offenderId).catch(whenRefused({ agencies: [] })) : { agencies: [] }
  const common = { problemTitle: t('common.problem') }
  const statuses = actionStatuses.map((s) => ({ value: s, label: t(`enums.actionStatus.${s}`) }))
  return (
    <>
      <p><Link href="/mappa">{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('reviews.heading', { name: `${r.offender.firstName} ${r.offender.lastName} (${r.offender.crn})` })}</h1>
      {/* What the redirect after opening or concluding did (issue 16, MAPPA gaps item 5). */}
      {done === 'opened' && <Flash className="mb-4 font-bold text-green-800">{t('mappaGaps.reviewOpened')}</Flash>}
      {done === 'concluded' && <Flash className="mb-4 font-bold text-green-800">{t('reviews.concluded')}</Flash>}
      <dl className="mb-8 grid max-w-3xl sm:grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-bold">{t('minutes.status')}</dt>
        <dd>{t(`enums.reviewStatus.${r.status}`)}{r.concludedAt && ` — ${day(r.concludedAt)}`}</dd>
        <dt className="font-bold">{t('reviews.offenceDate')}</dt>
        <dd>{day(r.offenceDate)}</dd>
        <dt className="font-bold">{t('reviews.offenceSummary')}</dt>
        <dd className="whitespace-pre-wrap">{r.offenceSummary}</dd>
        <dt className="font-bold">{t('reviews.commissionedBy')}</dt>
        <dd>{r.commissionedBy.name}</dd>
        <dt className="font-bold">{t('reviews.agencies')}</dt>
        <dd>{r.agencies.map((a) => localisedName(a.agency, locale)).join(', ')}</dd>
        <dt className="font-bold">{t('reviews.termsOfReference')}</dt>
        <dd className="whitespace-pre-wrap">{r.termsOfReference}</dd>
        <dt className="font-bold">{t('reviews.lessons')}</dt>
        <dd className="whitespace-pre-wrap">{r.lessons ?? t('minutes.notRecorded')}</dd>
      </dl>

      {open && (
        <section aria-labelledby="edit-review" className="mb-10 max-w-2xl">
          <h2 id="edit-review" className="mb-3 text-2xl font-bold">{t('reviews.edit')}</h2>
          <p className="mb-3">{t('mappaGaps.concludeWithEdit')}</p>
          <ActionForm {...common} action={updateReviewFormAction} idPrefix="edit" hidden={{ reviewId: r.id, version: r.version }} fields={[
            { kind: 'textarea', name: 'termsOfReference', label: t('reviews.termsOfReference'), defaultValue: r.termsOfReference },
            { kind: 'textarea', name: 'lessons', label: t('reviews.lessons'), defaultValue: r.lessons ?? '' },
            { kind: 'checkboxes', name: 'agencyIds', label: t('reviews.agencies'), options: localisedOptions(agencies, locale), defaultValue: r.agencies.map((a) => a.agencyId).join(',') },
          ]} submitLabel={t('reviews.save')} successMessage={t('reviews.saved')} alsoSubmit={{ value: 'conclude', label: t('reviews.conclude') }} confirm={{ title: t('irreversible.conclude.title'), label: t('irreversible.conclude.label'), hint: t('irreversible.conclude.hint') }} />
        </section>
      )}

      <section aria-labelledby="review-actions" className="mb-10">
        <h2 id="review-actions" className="mb-3 text-2xl font-bold">{t('reviews.actions')}</h2>
        {r.actions.length === 0 ? <p className="mb-4">{t('minutes.noActions')}</p> : (
          <SimpleTable labelledBy="review-actions" headers={[t('minutes.action'), t('minutes.owner'), t('minutes.due'), t('minutes.status'), ...(open ? [t('actionsTracker.update')] : [])]} rows={r.actions.map((a) => ({
            key: a.id,
            cells: [a.description, localisedName(a.ownerAgency, locale), day(a.dueDate), `${t(`enums.actionStatus.${a.status}`)}${a.statusNote ? `: ${a.statusNote}` : ''}`,
              ...(open ? [<ActionForm key="u" {...common} action={updateReviewActionAction} idPrefix={`ra-${a.id}`} hidden={{ actionId: a.id, version: a.version }} fields={[
                { kind: 'select', name: 'status', label: t('actionsTracker.newStatus'), options: statuses, defaultValue: a.status },
                { kind: 'text', name: 'statusNote', label: t('actionsTracker.note'), defaultValue: a.statusNote ?? '' },
              ]} submitLabel={t('actionsTracker.save')} successMessage={t('actionsTracker.saved')} variant="secondary" />] : [])],
          }))} />
        )}
        {/* Concluded: read-only here (issue 16 item 5); its actions are followed up in the tracker. */}
        {!open && <p className="mt-4"><Link href={`/mappa/actions?source=review:${r.id}`}>{t('reviewPick.trackActions')}</Link></p>}
        {open && <h3 className="mb-2 mt-6 text-xl font-bold">{t('room.addAction')}</h3>}
        {open && <div className="max-w-2xl">
          <ActionForm {...common} action={addReviewActionAction} idPrefix="review-action" hidden={{ reviewId: r.id }} fields={[
            { kind: 'textarea', name: 'description', label: t('minutes.action') },
            { kind: 'select', name: 'ownerAgencyId', label: t('room.ownerAgency'), options: localisedOptions(r.agencies.map((a) => a.agency), locale), placeholder: t('common.choose') },
            { kind: 'date', name: 'dueDate', label: t('minutes.due') },
          ]} submitLabel={t('room.addAction')} successMessage={t('room.actionAdded')} />
        </div>}
      </section>

    </>
  )
}
