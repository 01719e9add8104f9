import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { PdfWriter } from './pdf-writer'
import { pageText } from '../../../tests/support/pdf-text'

// Walk 41 O2: the minutes' "Nominals discussed" heading stood alone at the foot of a page, its first item (a rule and
// a heading) moved on to the next.
describe('a heading directly above a ruled heading', () => {
  it('stays on the page of the heading below it, wherever the page ends', async () => {
    for (let lines = 0; lines < 60; lines++) {
      const pdf = await PdfWriter.create({ title: 'Minutes', lang: 'en' })
      for (let n = 0; n < lines; n++) pdf.text(`Line ${n}`)
      pdf.heading('Nominals discussed', 2, PdfWriter.headingBlock(2, true))
      pdf.rule()
      pdf.heading('1. First nominal', 2)
      pdf.text('Risk assessment')
      const doc = await PDFDocument.load(await pdf.finish('OFFICIAL', () => ''))
      const pageOf = (text: string) => doc.getPages().findIndex((page) => pageText(page).includes(text))
      expect({ lines, page: pageOf('Nominals discussed') }).toEqual({ lines, page: pageOf('1. First nominal') })
    }
  })
})
