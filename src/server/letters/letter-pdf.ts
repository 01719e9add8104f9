import 'server-only'
import { PdfWriter } from '../mappa/pdf-writer'
import type { LetterText } from './enforcement-letter'

/**
 * One PDF holding the letter in both languages (Welsh Language Standards: a bilingual letter, the person's
 * preferred language first), each headed by its title and dated, with the protective marking on every page.
 */
export async function renderLetterPdf(letter: { crn: string; letters: LetterText[] }, marking: string): Promise<Uint8Array<ArrayBuffer>> {
  const first = letter.letters[0]!
  const pdf = await PdfWriter.create({ title: letter.letters.map((l) => l.title).join(' / '), lang: first.lang === 'cy' ? 'cy-GB' : 'en-GB' })
  letter.letters.forEach((l, i) => {
    if (i > 0) pdf.rule()
    pdf.heading(l.title, 1)
    pdf.gap(6)
    pdf.text(l.body)
  })
  return pdf.finish(marking, (page, pages) => `${letter.crn} · ${page} / ${pages}`)
}
