import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { withFilterErrors } from '@/app/_lib/filter-errors'
import { orNotFound } from '@/app/_lib/or-not-found'
import { Button } from '@/components/button'
import { ErrorSummary } from '@/components/error-summary'
import { SimpleTable } from '@/components/simple-table'
import { SuccessStatus } from '@/components/success-status'
import { TextField } from '@/components/text-field'
import { findReviewCandidates } from '@/server/mappa/review-candidates'
import type { Actor } from '@/server/policy'

/**
 * Opening a review from the MAPPA overview (issue 16 item 5): the coordinator finds the nominal by CRN, PNC id or name,
 * within their area and what they may see (an exact identifier of someone they may not see is a redacted row), and goes on to the review form for that person. A plain GET form, so it works
 * without JavaScript.
 */
export async function ReviewPicker({ actor, q }: { actor: Actor; q: string | undefined }) {
  const { result, errors } = await withFilterErrors({ q }, (p) => orNotFound(findReviewCandidates(actor, p)))
  const t = await getTranslations()
  const searched = result.q.length >= 2
  return (
    <>
      <p><Link href="/mappa">{t('common.back')}</Link></p>
      <h1 className="my-4 text-3xl font-bold">{t('reviews.open')}</h1>
      <p className="mb-4 max-w-2xl">{t('reviewPick.intro')}</p>
      {errors.q && <ErrorSummary title={t('common.problem')} fieldErrors={errors} labels={{ q: t('reviewPick.label') }} />}
      <form noValidate method="get" role="search" className="mb-8 flex max-w-2xl items-end gap-3">
        <div className="grow">
          <TextField name="q" label={t('reviewPick.label')} hint={t('reviewPick.hint')} defaultValue={q ?? ''} errors={errors.q} maxLength={100} />
        </div>
        <Button type="submit">{t('reviewPick.find')}</Button>
      </form>
      {/* The result takes the focus the page load left on its body (break 43 F3), as a step's message does. */}
      {searched && <SuccessStatus className="mb-3">{result.rows.length === 0 ? t('reviewPick.none', { q: result.q }) : t('reviewPick.found', { count: result.rows.length, q: result.q })}</SuccessStatus>}
      {searched && result.rows.length > 0 && (
        <SimpleTable
          caption={t('reviewPick.caption', { q: result.q })}
          rowHeaders
          headers={[t('mappa.person'), t('mappa.level'), t('mappa.category'), t('reviewPick.choose')]}
          rows={result.rows.map((p, i) => {
            // A nominal the coordinator may not see, found by exact CRN or PNC: their place and whom to ask, nothing
            // that identifies them and nothing to choose (ADR 0023). Keyed by its place.
            if (p.restricted) return { key: `restricted-${i}`, cells: [t('reviewPick.restricted'), '', '', ''] }
            const name = `${p.lastName}, ${p.firstName} (${p.crn})`
            return {
              key: p.id,
              cells: [
                name,
                p.mappaNominal?.endedAt ? t('reviewPick.ended') : p.mappaNominal?.level,
                p.mappaNominal?.category,
                <Link key="open" href={`/mappa/reviews/new?offender=${p.id}&q=${encodeURIComponent(result.q)}`}>{t('reviewPick.openFor', { name })}</Link>,
              ],
            }
          })}
        />
      )}
    </>
  )
}
