import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError, notFound } from '../errors'
import { authorize, type Actor } from '../policy'
import { ZUpdateLetterTemplate } from './letter.schemas'

const templateSelect = { id: true, kind: true, titleEn: true, titleCy: true, bodyEn: true, bodyCy: true, version: true, updatedAt: true } as const

/** The enforcement letter templates, for the administrators who keep their wording (reference data, no case data). */
export async function findLetterTemplates(actor: Actor) {
  authorize(actor, 'letter.manage')
  return prisma.letterTemplate.findMany({ select: templateSelect, orderBy: { kind: 'asc' } })
}

/** Rewords a letter in both languages at the version the administrator saw; a change in between is a CONFLICT. */
export async function updateLetterTemplate(actor: Actor, input: unknown) {
  authorize(actor, 'letter.manage')
  const { kind, version, ...text } = ZUpdateLetterTemplate.parse(input)
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.letterTemplate.updateMany({ where: { kind, version }, data: { ...text, updatedById: actor.userId, version: { increment: 1 } } })
    if (count === 0) throw (await tx.letterTemplate.count({ where: { kind } })) ? new AppError('CONFLICT') : notFound()
    await recordAudit(tx, actor, { action: 'letterTemplate.update', subjectType: 'LetterTemplate', subjectId: kind, detail: { fromVersion: version } })
    return { kind, version: version + 1 }
  })
}
