import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { getRecordPage } from '@/server/offenders/record-page'
import { findMergedById, type TMergedInto } from '@/server/offenders/find-merged'
import { mayBreakGlass } from '@/server/break-glass/may-break-glass'
import { isAppError } from '@/server/errors'
import type { Actor } from '@/server/policy'
import { orNotFound } from '@/app/_lib/or-not-found'

/**
 * The record page's data (record-page.ts), or, for the old address of a record merged into one the user may see, where it went (issue 15
 * item 13), or, for a record outside the user's scope that they may open with a reason, the break-glass form
 * (issue 17). Anything else out of reach stays a 404.
 */
export async function getOffenderOrMerged(actor: Actor, id: string) {
  try {
    return { page: await getRecordPage(actor, id), merged: null, breakGlass: false }
  } catch (e) {
    const notFound = isAppError(e) && e.code === 'NOT_FOUND'
    const merged = notFound ? await findMergedById(actor, id) : null
    if (merged) return { page: null, merged, breakGlass: false }
    if (notFound && (await mayBreakGlass(actor, id))) return { page: null, merged: null, breakGlass: true }
    return { page: await orNotFound(Promise.reject<never>(e)), merged: null, breakGlass: false }
  }
}

/** What the old address of a merged record shows: the merge and a link to the surviving record. */
export async function MergedNotice({ merged }: { merged: TMergedInto }) {
  const t = await getTranslations('record.merged')
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-4 max-w-2xl">{t('body', { merged: merged.mergedCrn, kept: merged.keptCrn })}</p>
      <p>
        <Link href={`/offenders/${merged.keptId}`}>{t('open', { kept: merged.keptCrn })}</Link>
      </p>
    </>
  )
}
