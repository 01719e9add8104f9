import 'server-only'
import { whenMissing } from '../missing-record'
import { createHash } from 'node:crypto'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { invalid, notFound } from '../errors'
import { oneSubmitAtATime, sameContentSince } from '../submissions/same-content'
import { assertWritableOffender } from '../offenders/assert-writable'
import { authorize, offenderVisible, type Actor } from '../policy'
import { chosenFileName, documentTypes, extensionOf, ZUploadDocument } from './document.schemas'

/**
 * Stores a PDF, Word or image file on a person's record (their writers only). The same file (name and content) uploaded
 * by the same user to the same person in the last 10 minutes, as from a second tab with its own submission key, is
 * refused: VALIDATION on `_form` (`documentAlreadyUploaded`, break 17 F5). Output: { id, offenderId }.
 */
export async function uploadDocument(actor: Actor, input: unknown) {
  authorize(actor, 'offender.update')
  const { offenderId, description, file } = ZUploadDocument.parse(input)
  const content = Buffer.from(await file.arrayBuffer())
  const chosen = chosenFileName(file.name)
  const type = documentTypes[extensionOf(chosen)]!
  if (!type.matches(content.subarray(0, 8))) throw invalid('file', 'fileType')
  const sha256 = createHash('sha256').update(content).digest('hex')
  return prisma.$transaction(async (tx) => {
    await assertWritableOffender(tx, actor, offenderId)
    // The download names it in an encoded `filename*` (a quote is safe there); a path's separators are not kept.
    const filename = chosen.replace(/[\\/\r\n]/g, '_')
    await oneSubmitAtATime(tx, 'document', actor.userId, offenderId)
    const same = await tx.offenderDocument.findFirst({ where: { offenderId, uploadedById: actor.userId, sha256, filename, uploadedAt: { gte: sameContentSince() } }, select: { id: true } })
    if (same) throw invalid('_form', 'documentAlreadyUploaded')
    const doc = await tx.offenderDocument.create({
      data: { offenderId, description, filename, contentType: type.contentType, size: content.length, sha256, content, uploadedById: actor.userId },
      select: { id: true },
    })
    await recordAudit(tx, actor, { action: 'document.upload', subjectType: 'OffenderDocument', subjectId: doc.id, offenderId, detail: { filename: chosen, size: content.length, sha256 } })
    return { id: doc.id, offenderId }
  })
}

/** Metadata only: the content is read solely by the audited download. */
export async function findDocuments(actor: Actor, offenderId: string) {
  authorize(actor, 'offender.read')
  return prisma.offenderDocument.findMany({
    where: { offenderId, offender: offenderVisible(actor) },
    select: { id: true, filename: true, size: true, description: true, uploadedAt: true, uploadedById: true },
    orderBy: { uploadedAt: 'desc' },
  })
}

/** A download is a disclosure: it is audited before the bytes leave (security.md LG-1). */
export async function downloadDocument(actor: Actor, id: string) {
  authorize(actor, 'offender.read')
  const doc = await prisma.offenderDocument.findFirst({ where: { id, offender: offenderVisible(actor) } }).catch(whenMissing(null))
  if (!doc) throw notFound()
  await recordAudit(prisma, actor, { action: 'document.download', subjectType: 'OffenderDocument', subjectId: doc.id, offenderId: doc.offenderId, detail: { filename: doc.filename } })
  return { filename: doc.filename, contentType: doc.contentType, content: doc.content }
}
