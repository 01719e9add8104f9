import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { AppError, invalid, notFound } from '../errors'
import { authorize, type Actor } from '../policy'
import { assertUserPlacement } from './user-placement'
import { ZUserUpdate } from './user.schemas'

/**
 * Changes a user's roles, agency, team, status or language. Disabling revokes every session in the same
 * transaction; roles are re-read per request anyway (security.md AC-6). Administrators cannot lock
 * themselves out.
 */
export async function updateUser(actor: Actor, input: unknown) {
  authorize(actor, 'user.manage')
  const { userId, version, ...data } = ZUserUpdate.parse(input)
  if (userId === actor.userId && data.status === 'DISABLED') throw invalid('status', 'cannotLockOutSelf')
  if (userId === actor.userId && !data.roles.includes('SYSTEM_ADMINISTRATOR')) throw invalid('roles', 'cannotLockOutSelf')
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { roles: true, status: true, agencyId: true, teamId: true, name: true, locale: true } })
    if (!before) throw notFound()
    await assertUserPlacement(tx, data, before)
    const { count } = await tx.user.updateMany({ where: { id: userId, version }, data: { ...data, version: { increment: 1 } } })
    if (count === 0) throw new AppError('CONFLICT')
    if (data.status === 'DISABLED') await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } })
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(data[k]))
    await recordAudit(tx, actor, {
      action: 'user.update',
      subjectType: 'User',
      subjectId: userId,
      detail: { changed, roles: { from: before.roles, to: data.roles }, status: { from: before.status, to: data.status } },
    })
    return { id: userId, version: version + 1 }
  })
}
