import { queryOf } from '@/app/_lib/query-of'
import { getLocale, getTranslations } from 'next-intl/server'
import { ZodError } from 'zod'
import { isAppError } from '@/server/errors'
import { getActor } from '@/server/session'
import { buildBundleZip } from '@/server/subject-access/bundle-zip'
import type { Translate } from '@/server/subject-access/bundle-pdf'
import { exportSubjectAccess } from '@/server/subject-access/export-subject-access'
import { areRecordIds } from '@/app/_lib/record-id'
import { badDownloadAddress } from '@/app/_lib/bad-download'

export const dynamic = 'force-dynamic'

/**
 * The subject access bundle as a ZIP (issue 17), for the request in the query (reference, receivedOn), in the
 * reader's language. Audited in the domain function; streamed from memory with no-store, never kept.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor()
  if (!actor) return new Response(null, { status: 401 })
  // A malformed id is not found, as an unknown one: never a uuid column's refusal as a 500 (break test 16, D3).
  if (!areRecordIds(await params)) return new Response(null, { status: 404 })
  try {
    const { reference, receivedOn } = queryOf(request)
    const bundle = await exportSubjectAccess(actor, (await params).id, { reference, receivedOn })
    const [next, locale] = await Promise.all([getTranslations(), getLocale()])
    const t: Translate = (key, values) => (next as unknown as Translate)(key, values)
    const zip = await buildBundleZip(bundle, t, locale === 'cy' ? 'cy' : 'en')
    const name = `subject-access-${bundle.subject.crn}-${bundle.request.reference.replace(/[^A-Za-z0-9-]+/g, '-')}.zip`
    return new Response(zip, {
      headers: { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename="${name}"`, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' },
    })
  } catch (e) {
    if (isAppError(e) && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return new Response(null, { status: 404 })
    if (e instanceof ZodError) {
      const t = await getTranslations('subjectAccess')
      return badDownloadAddress(e, t('bundleBadAddress'), (field) => (field === 'reference' || field === 'receivedOn' ? t(field) : undefined))
    }
    throw e
  }
}
