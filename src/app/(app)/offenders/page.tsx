import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { Button } from '@/components/button'
import { ErrorSummary } from '@/components/error-summary'
import { OffenderTable } from '@/components/offender-table'
import { Pagination } from '@/components/pagination'
import { TextField } from '@/components/text-field'
import { keysetLinks } from '@/lib/keyset-links'
import { mayBreakGlass } from '@/server/break-glass/may-break-glass'
import { findMergedByCrn } from '@/server/offenders/find-merged'
import { searchOffenders } from '@/server/offenders/search-offenders'
import { ZSearchQuery } from '@/server/offenders/offender.schemas'
import { can } from '@/server/policy'
import { requireActor } from '@/server/session'
import { issueKey } from '@/server/validation-messages'
import { BreakGlassForm } from './_break-glass/break-glass-form'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('search')
  return { title: t('title') }
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = (await requireActor())
  if (!can(actor, 'offender.search')) notFound()
  const t = await getTranslations()
  const params = await searchParams
  const raw = typeof params.q === 'string' ? params.q : ''
  const parsed = raw ? ZSearchQuery.safeParse(params) : null
  const result = parsed?.success ? await searchOffenders(actor, parsed.data) : null
  // A merged record's old CRN: say where it went (issue 15 item 13).
  const merged = parsed?.success ? await findMergedByCrn(actor, parsed.data.q) : null
  // An exact CRN outside the user's scope: offer break-glass (issue 17). Only the CRN typed is shown, never a name.
  const glass = result?.total === 0 && !merged && (await mayBreakGlass(actor, result.query.q)) ? result.query.q.toUpperCase() : null
  // Too short has the search's own message; anything else (control or unreadable characters, too long) its own, not
  // "Enter at least 2 characters" (break 49: a byte-order mark inside "W10\uFEFF0037" was told it was too short).
  const issue = parsed?.error?.issues[0]
  const error = issue ? [issue.code === 'too_small' ? t('search.tooShort') : t(`validation.${issueKey(issue).key}`, issueKey(issue).values)] : undefined
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('search.title')}</h1>
      {can(actor, 'offender.create') && actor.teamId && (
        <p className="mb-4">
          <Link href="/offenders/new">{t('createPerson.link')}</Link>
        </p>
      )}
      {error && <ErrorSummary title={t('common.problem')} fieldErrors={{ q: error }} labels={{ q: t('search.label') }} />}
      <form noValidate method="get" role="search" className="mb-8 flex max-w-2xl items-end gap-3">
        <div className="grow">
          <TextField name="q" label={t('search.label')} hint={t('search.hint')} defaultValue={raw} errors={error} maxLength={100} />
        </div>
        <Button type="submit">{t('search.submit')}</Button>
      </form>
      {merged && (
        <p className="mb-4 border-l-4 border-brand bg-brand-light p-3">
          {t('record.merged.searchNotice', { merged: merged.mergedCrn, kept: merged.keptCrn })} <Link href={`/offenders/${merged.keptId}`}>{t('record.merged.open', { kept: merged.keptCrn })}</Link>
        </p>
      )}
      {glass && <BreakGlassForm target={glass} heading={false} notice={t('breakGlass.searchNotice', { crn: glass })} />}
      {result && (
        <>
          {/* A merged CRN's notice already says where the record went, and the break-glass offer that the record is out of
              reach: "no matching people" beside either read as a contradiction (walk 62 F4). */}
          {!((merged || glass) && result.total === 0) && (
            <p className="mb-2" role="status">
              {t('search.count', { count: result.total })}
            </p>
          )}
          {result.rows.length > 0 && <OffenderTable rows={result.rows} caption={t('search.caption', { q: result.query.q })} showDateOfBirth />}
          <Pagination
            page={result.query.page}
            pages={result.pages}
            {...keysetLinks(result, result.query.page, ({ page, ...boundary }) => `/offenders?${new URLSearchParams({ q: result.query.q, ...boundary, ...(page > 1 ? { page: String(page) } : {}) })}`)}
          />
        </>
      )}
    </>
  )
}
