import 'server-only'
import { z } from 'zod'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import type { Actor } from '../policy'

export const ZLocale = z.enum(['en', 'cy'])

/** Any signed-in user may choose their own language; it follows them to every device. */
export async function updateOwnLocale(actor: Actor, input: unknown) {
  const locale = ZLocale.parse(input)
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { locale } })
    await recordAudit(tx, actor, { action: 'user.locale', subjectType: 'User', subjectId: actor.userId, detail: { locale } })
  })
  return locale
}
