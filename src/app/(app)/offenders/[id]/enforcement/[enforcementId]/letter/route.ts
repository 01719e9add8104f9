import { getTranslations } from 'next-intl/server'
import { pdfResponse } from '@/app/_lib/pdf-response'
import { isAppError } from '@/server/errors'
import { getEnforcementLetter } from '@/server/letters/enforcement-letter'
import { renderLetterPdf } from '@/server/letters/letter-pdf'
import { getActor } from '@/server/session'
import { areRecordIds } from '@/app/_lib/record-id'

export const dynamic = 'force-dynamic'

/** The enforcement letter as a bilingual PDF; the disclosure is audited (in getEnforcementLetter) before sending. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; enforcementId: string }> }) {
  const actor = await getActor()
  if (!actor) return new Response(null, { status: 401 })
  // A malformed id is not found, as an unknown one: never a uuid column's refusal as a 500 (break test 16, D3).
  if (!areRecordIds(await params)) return new Response(null, { status: 404 })
  try {
    const { id, enforcementId } = await params
    const letter = await getEnforcementLetter(actor, { offenderId: id, enforcementId })
    const [en, cy] = await Promise.all([getTranslations({ locale: 'en', namespace: 'letters' }), getTranslations({ locale: 'cy', namespace: 'letters' })])
    const pdf = await renderLetterPdf(letter, `${cy('marking')} / ${en('marking')}`)
    return pdfResponse(pdf, `${letter.kind.toLowerCase()}-letter-${letter.crn}.pdf`)
  } catch (e) {
    if (isAppError(e) && (e.code === 'NOT_FOUND' || e.code === 'FORBIDDEN')) return new Response(null, { status: 404 })
    if (isAppError(e) && e.code === 'VALIDATION') return new Response(null, { status: 409 })
    throw e
  }
}
