import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { hashPassword } from '../auth/passwords'
import { prisma } from '../db'
import { notFound } from '../errors'
import { authorize, type Actor } from '../policy'
import { ZPasswordReset } from './user.schemas'

/** Sets a new password chosen by the administrator and signs the user out everywhere. */
export async function resetPassword(actor: Actor, input: unknown) {
  authorize(actor, 'user.manage')
  const { userId, password } = ZPasswordReset.parse(input)
  const passwordHash = await hashPassword(password)
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId }, data: { passwordHash, failedSignInCount: 0 } })
    if (count === 0) throw notFound()
    await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } })
    await recordAudit(tx, actor, { action: 'user.resetPassword', subjectType: 'User', subjectId: userId })
    return { id: userId }
  })
}
