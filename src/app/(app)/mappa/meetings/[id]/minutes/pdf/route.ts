import { getLocale, getTranslations } from 'next-intl/server'
import { pdfResponse } from '@/app/_lib/pdf-response'
import { isAppError } from '@/server/errors'
import { renderMinutesPdf } from '@/server/mappa/minutes-pdf'
import { getMinutes } from '@/server/mappa/minutes'
import { getActor } from '@/server/session'
import { areRecordIds } from '@/app/_lib/record-id'

export const dynamic = 'force-dynamic'

/** The minutes as a PDF, in the reader's language; the download is audited per person like any read. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor()
  if (!actor) return new Response(null, { status: 401 })
  // A malformed id is not found, as an unknown one: never a uuid column's refusal as a 500 (break test 16, D3).
  if (!areRecordIds(await params)) return new Response(null, { status: 404 })
  try {
    const minutes = await getMinutes(actor, (await params).id, 'download')
    const [t, locale] = await Promise.all([getTranslations(), getLocale()])
    const pdf = await renderMinutesPdf(minutes, (key, values) => (t as unknown as (k: string, v?: Record<string, string | number>) => string)(key, values), locale === 'cy' ? 'cy' : 'en')
    const name = `mappa-minutes-${minutes.startsAt.toISOString().slice(0, 10)}-level-${minutes.level}.pdf`
    return pdfResponse(pdf, name)
  } catch (e) {
    if (isAppError(e) && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return new Response(null, { status: 404 })
    throw e
  }
}
