import { z } from 'zod'
import type { PrismaClient } from '../../generated/prisma/client'
import { recordAudit } from '../audit/record-audit'
import { verifyPassword } from './passwords'
import { openSession } from './sessions'
import { attemptNotMade, attemptPassed, takeAttempt } from './throttle'
import { trimmedText } from '../zod-fields'
import { consumeSecondFactor, isCodeShaped } from '../two-step/second-factor'

export const ZCredentials = z.object({
  email: trimmedText().toLowerCase().max(254),
  password: z.string().max(256),
  // The second step's code or recovery code, sent with the password again (issue 17 TOTP; no state between steps).
  code: z.string().max(64).optional(),
})

/**
 * CODE_REQUIRED / CODE_FORMAT / CODE_INVALID are only ever answered after a correct password (security.md AU-3).
 * `secondFactor`: the account's second step and which kind passed it, or null when the account has none.
 */
export type SignInResult = { ok: true; userId: string; sessionId: string; secondFactor: 'totp' | 'recovery' | null } | { ok: false; reason: 'INVALID' | 'THROTTLED' | 'CODE_REQUIRED' | 'CODE_FORMAT' | 'CODE_INVALID' }

/**
 * Whether an account may sign in at all: active, in an active agency (load-actor.ts refuses every request otherwise, so
 * a session would only lead back to the sign-in page). Input: the user with their agency's `active`. Output: boolean.
 */
export const mayUseLlwybr = (user: { status: string; agency: { active: boolean } }) => user.status === 'ACTIVE' && user.agency.active

/**
 * Password sign-in. Unknown user, wrong password and disabled account (or one of an agency turned off: break 52 F6,
 * which was given a session that every page then refused without a word) all answer INVALID after the same
 * argon2 work (security.md AU-3); failures count per account and per IP (AU-2), each attempt counted before it is
 * checked (`takeAttempt`, break 51 F3). A user with a second factor then needs a current code or a recovery code
 * before any session exists; a wrong one is a failure in the same throttle (AU-2, AU-4), asking for the code is not,
 * and the account's failures are cleared only once both steps pass.
 */
export async function authenticateWithPassword(
  db: PrismaClient,
  input: unknown,
  meta: { ip: string | null; userAgent?: string },
): Promise<SignInResult> {
  const parsed = ZCredentials.safeParse(input)
  if (!parsed.success) return { ok: false, reason: 'INVALID' }
  const { email, password, code } = parsed.data
  const keys = { account: email, ip: meta.ip }
  if (!(await takeAttempt(db, keys))) {
    await recordAudit(db, null, { action: 'auth.signIn.throttled', subjectType: 'User', detail: { email, ip: meta.ip } })
    return { ok: false, reason: 'THROTTLED' }
  }
  const user = await db.user.findUnique({ where: { email }, include: { agency: { select: { active: true } } } })
  const passwordOk = await verifyPassword(user?.passwordHash, password)
  if (!user || !passwordOk || !mayUseLlwybr(user)) {
    if (user) {
      await db.user.update({
        where: { id: user.id },
        data: { failedSignInCount: { increment: 1 }, lastFailedSignInAt: new Date() },
      })
    }
    await recordAudit(db, null, { action: 'auth.signIn.failed', subjectType: 'User', subjectId: user?.id, detail: { ip: meta.ip } })
    return { ok: false, reason: 'INVALID' }
  }
  const secondFactor = await secondStep(db, user.id, code, keys.ip)
  // Asking for the code, or for one that looks like a code, is no wrong attempt (break 52 F11).
  if (secondFactor === 'CODE_REQUIRED' || secondFactor === 'CODE_FORMAT') await attemptNotMade(db, keys)
  if (secondFactor === 'CODE_REQUIRED' || secondFactor === 'CODE_FORMAT' || secondFactor === 'CODE_INVALID') return { ok: false, reason: secondFactor }
  await attemptPassed(db, keys)
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
      detail: { ip: meta.ip, ...(secondFactor ? { secondFactor } : {}) },
    },
  })
  return { ok: true, userId: user.id, sessionId, secondFactor }
}

/** The code step for an enrolled user: null when they have no factor, else which factor passed or why not. */
async function secondStep(db: PrismaClient, userId: string, code: string | undefined, ip: string | null) {
  const factor = await db.twoStepFactor.findUnique({ where: { userId }, select: { confirmedAt: true } })
  if (!factor?.confirmedAt) return null
  if (!code?.trim()) return 'CODE_REQUIRED' as const
  if (!isCodeShaped(code)) return 'CODE_FORMAT' as const
  const used = await consumeSecondFactor(db, userId, code)
  if (used) return used
  await recordAudit(db, null, { action: 'auth.signIn.codeFailed', subjectType: 'User', subjectId: userId, detail: { ip } })
  return 'CODE_INVALID' as const
}
