import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { MAX_DOCUMENT_BYTES } from '../../../src/server/documents/document.schemas'
import { downloadDocument, findDocuments, uploadDocument } from '../../../src/server/documents/documents'
import { buildWorld, type World } from '../../support/world'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const pdf = (name = 'pre-sentence-report.pdf') => new File([Buffer.from('%PDF-1.4\n% Llwybr test\n%%EOF\n')], name, { type: 'application/pdf' })
const upload = (file: unknown, actor = w.actors.officer, offenderId = w.people.mine.id) => uploadDocument(actor, { offenderId, description: 'PSR', file })

describe('documents', () => {
  it('stores a PDF, lists it without content, and audits each download', async () => {
    const { id } = await upload(pdf())
    const listed = await findDocuments(w.actors.colleague, w.people.mine.id)
    expect(listed).toEqual([expect.objectContaining({ id, filename: 'pre-sentence-report.pdf', size: 29 })])
    expect(JSON.stringify(listed)).not.toContain('Llwybr test')
    const download = await downloadDocument(w.actors.colleague, id)
    expect(download.contentType).toBe('application/pdf')
    expect(Buffer.from(download.content).toString()).toContain('% Llwybr test')
    expect(await prisma.auditEvent.count({ where: { action: 'document.download', subjectId: id, actorUserId: w.staff.colleague.id } })).toBe(1)
  })

  // Break 72 F1: the browser sends a quote in a file name as %22, which was stored and shown as "%22".
  it('keeps the name as the user chose it, quotes included', async () => {
    const { id } = await upload(pdf('Report %22draft%22 (v2).pdf'))
    expect(await prisma.offenderDocument.findUniqueOrThrow({ where: { id }, select: { filename: true } })).toEqual({ filename: 'Report "draft" (v2).pdf' })
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { action: 'document.upload', subjectId: id }, select: { detail: true } })).toMatchObject({ detail: { filename: 'Report "draft" (v2).pdf' } })
  })

  it('refuses a renamed file, a wrong type, an empty or oversized file, and saves nothing', async () => {
    const before = await prisma.offenderDocument.count()
    await expect(upload(new File([Buffer.from('MZ\x90\x00 not a pdf')], 'report.pdf'))).rejects.toMatchObject({ fieldErrors: { file: ['fileType'] } })
    await expect(upload(new File([Buffer.from('<script>')], 'page.html'))).rejects.toBeInstanceOf(ZodError)
    await expect(upload(new File([], 'empty.pdf'))).rejects.toBeInstanceOf(ZodError)
    await expect(upload(new File([new Uint8Array(MAX_DOCUMENT_BYTES + 1)], 'huge.pdf'))).rejects.toBeInstanceOf(ZodError)
    await expect(upload('not a file')).rejects.toBeInstanceOf(ZodError)
    // A file's name with a control character (a tab, SOH) or over 200 characters is told so, not "must be a PDF"
    // (break 17 F4, F7).
    const refusal = (name: string) => upload(pdf(name)).then(() => null, (e: ZodError) => e.issues.map((i) => i.message))
    expect(await refusal('tab\tname.pdf')).toEqual(['fileNameControlCharacters'])
    // No file chosen: the browser sends an empty part with no name; that alone is said (retest walk 64 F1).
    expect(await upload(new File([], '')).then(() => null, (e: ZodError) => e.issues.map((i) => i.message))).toEqual(['fileRequired'])
    expect(await refusal('soh\u0001name.pdf')).toEqual(['fileNameControlCharacters'])
    // Break 64 F2, break 62 F4: a zero-width space or joiner, a soft hyphen or a byte-order mark, inside a name or making
    // it up, showed as "report.pdf" beside the real one, or as ".pdf".
    for (const hidden of ['repo\u200brt.pdf', '\u200b\u200b.pdf', 'report\u00ad.pdf', 'a\u2060b.pdf', '\ufeffnotes.pdf', 'x\u200dy.pdf', 'repo\u034frt.pdf', '\u3164.pdf', 'a\u2800b.pdf', 'x\u2028y.pdf'])
      expect(await refusal(hidden), JSON.stringify(hidden)).toEqual(['fileNameControlCharacters'])
    // Retest break 64 F2: nothing to read before the type (no-break spaces, spaces, a mark alone) listed as ".pdf".
    for (const blankName of ['\u00a0\u00a0.pdf', '   .pdf', '\u0301.pdf', '.pdf'])
      expect(await refusal(blankName), JSON.stringify(blankName)).toEqual(['fileNameBlank'])
    expect(await refusal(`${'a'.repeat(197)}.pdf`)).toEqual(['fileNameTooLong'])
    expect(await refusal(`${'a'.repeat(196)}.pdf`)).toBeNull()
    expect(await prisma.offenderDocument.count()).toBe(before + 1)
  })

  it('keeps uploads to those who may change the record, and downloads inside scope', async () => {
    await expect(upload(pdf(), w.actors.colleague)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    const { id } = await upload(pdf('risk.pdf'))
    await expect(downloadDocument(w.actors.northOfficer, id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(downloadDocument(w.actors.manager, id)).rejects.toMatchObject({ code: 'FORBIDDEN' })
  })
})
