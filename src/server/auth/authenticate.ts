import { z } from 'zod'
import type { PrismaClient } from '../../generated/prisma/client'
import { recordAudit } from '../audit/record-audit'
import { verifyPassword } from './passwords'
import { openSession } from './sessions'
import { clearAccountFailures, isThrottled, recordFailure } from './throttle'
import { trimmedText } from '../zod-fields'

export const ZCredentials = z.object({
  email: trimmedText().toLowerCase().max(254),
  password: z.string().max(256),
})

export type SignInResult = { ok: true; userId: string; sessionId: string } | { ok: false; reason: 'INVALID' | 'THROTTLED' }

/**
 * Password sign-in. Unknown user, wrong password and disabled account all answer INVALID after the same
 * argon2 work (security.md AU-3); failures count per account and per IP (AU-2).
 */
export async function authenticateWithPassword(
  db: PrismaClient,
  input: unknown,
  meta: { ip: string | null; userAgent?: string },
): Promise<SignInResult> {
  const parsed = ZCredentials.safeParse(input)
  if (!parsed.success) return { ok: false, reason: 'INVALID' }
  const { email, password } = parsed.data
  const keys = { account: email, ip: meta.ip }
  if (await isThrottled(db, keys)) {
    await recordAudit(db, null, { action: 'auth.signIn.throttled', subjectType: 'User', detail: { email, ip: meta.ip } })
    return { ok: false, reason: 'THROTTLED' }
  }
  const user = await db.user.findUnique({ where: { email } })
  const passwordOk = await verifyPassword(user?.passwordHash, password)
  if (!user || !passwordOk || user.status !== 'ACTIVE') {
    await recordFailure(db, keys)
    if (user) {
      await db.user.update({
        where: { id: user.id },
        data: { failedSignInCount: { increment: 1 }, lastFailedSignInAt: new Date() },
      })
    }
    await recordAudit(db, null, { action: 'auth.signIn.failed', subjectType: 'User', subjectId: user?.id, detail: { ip: meta.ip } })
    return { ok: false, reason: 'INVALID' }
  }
  await clearAccountFailures(db, email)
  const sessionId = await openSession(db, user.id, { ip: meta.ip ?? undefined, userAgent: meta.userAgent })
  await db.user.update({ where: { id: user.id }, data: { failedSignInCount: 0, lastSignInAt: new Date() } })
  await db.auditEvent.create({
    data: {
      actorUserId: user.id,
      actorAgencyId: user.agencyId,
      actorRoles: user.roles,
      action: 'auth.signIn',
      subjectType: 'User',
      subjectId: user.id,
      correlationId: sessionId,
      detail: { ip: meta.ip },
    },
  })
  return { ok: true, userId: user.id, sessionId }
}
