import 'server-only'
import { dateFormatter } from '../../lib/format-dates'
import { PdfWriter } from '../mappa/pdf-writer'
import { sectionKeys, type BundleRow, type SubjectAccessBundle } from './bundle.types'

export type Translate = (key: string, values?: Record<string, string | number>) => string

const day = (d: string) => new Date(`${d}T00:00:00Z`)
const shown = (v: BundleRow[string]) => (v === null ? '' : String(v))

/**
 * bundle.pdf of the subject access bundle (issue 17): the request and its due date, then every section under its
 * heading in the reader's language (`t`), each item as a field/value table. Items with third-party information
 * carry a "redaction review" line with their reasons, in words. Uses the minutes' PDF writer (DejaVu, A4).
 * @param locale the reader's language; dates through the one date module
 * @returns the PDF bytes
 */
export async function renderBundlePdf(bundle: SubjectAccessBundle, t: Translate, locale: 'en' | 'cy'): Promise<Uint8Array<ArrayBuffer>> {
  const formatDate = dateFormatter(locale)
  const { reference, receivedOn, dueOn } = bundle.request
  const pdf = await PdfWriter.create({ title: `${t('subjectAccess.pdf.title')} ${reference}`, lang: locale === 'cy' ? 'cy-GB' : 'en-GB' })
  pdf.heading(t('subjectAccess.pdf.title'), 1)
  pdf.text(t('subjectAccess.pdf.person', bundle.subject), { bold: true })
  pdf.text(t('subjectAccess.pdf.request', { reference, received: formatDate(day(receivedOn), 'day'), due: formatDate(day(dueOn), 'day') }))
  pdf.text(t('subjectAccess.pdf.generated', { date: formatDate(new Date(bundle.generatedAt), 'dateTime') }), { grey: true })
  pdf.gap(6)
  pdf.text(t('subjectAccess.pdf.legend'))
  const reasons = (codes: string) =>
    codes
      .split('; ')
      .map((c) => t(`subjectAccess.reasons.${c}`))
      .join(', ')
  for (const key of sectionKeys) {
    pdf.heading(t(`subjectAccess.sections.${key}`), 2)
    const rows = bundle.sections[key]
    if (rows.length === 0) pdf.text(t('subjectAccess.pdf.empty'), { grey: true })
    rows.forEach(({ redactionReview, redactionReasons, ...fields }, i) => {
      if (rows.length > 1) pdf.heading(t('subjectAccess.pdf.item', { number: i + 1 }), 4)
      if (redactionReview) pdf.text(t('subjectAccess.pdf.review', { reasons: reasons(redactionReasons) }), { bold: true })
      pdf.table([0.3, 0.7], Object.entries(fields).filter(([, v]) => v !== null && v !== '').map(([k, v]) => [k, shown(v)]), { boldFirstColumn: true, rules: true })
    })
  }
  return pdf.finish(t('subjectAccess.pdf.marking'), (page, pages) => t('subjectAccess.pdf.footer', { reference, page, pages }))
}
