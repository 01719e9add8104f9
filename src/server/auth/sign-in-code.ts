import type { PrismaClient } from '../../generated/prisma/client'
import { recordAudit } from '../audit/record-audit'
import { consumeSecondFactor, isCodeShaped } from '../two-step/second-factor'
import type { Actor } from '../policy'
import { attemptPassed, takeAttempt } from './throttle'

export type SignInCodeResult = { ok: true; secondFactor: 'totp' | 'recovery' } | { ok: false; reason: 'THROTTLED' | 'CODE_FORMAT' | 'CODE_INVALID' | 'INVALID' }

/**
 * The Llwybr code a single sign-on owes (ADR 0016, issue 17): a current TOTP code or an unused recovery code turns the
 * session into a signed-in one. Throttled exactly like the password sign-in's code step (security.md AU-2): a wrong
 * code counts per account (the user's email) and per address, each code counted before it is checked (break 51 F3),
 * and a throttled account is refused before any code is tried; the account's failures are cleared once a code passes. Audited `auth.signIn` (method oidc, with the factor),
 * `auth.signIn.codeFailed` or `auth.signIn.throttled`.
 * Input: the half-signed-in actor (getActorOwingCode), the typed code, the client's address.
 * Output: ok with the factor used, or why not (INVALID when the session no longer owes a code, e.g. used meanwhile).
 */
export async function giveSignInCode(db: PrismaClient, actor: Actor, code: unknown, meta: { ip: string | null }): Promise<SignInCodeResult> {
  if (!actor.sessionId) return { ok: false, reason: 'INVALID' }
  const keys = { account: actor.email, ip: meta.ip }
  const detail = { method: 'oidc', ip: meta.ip }
  const typed = typeof code === 'string' ? code.trim().slice(0, 64) : ''
  // Text that cannot be a code is told what one looks like, before the throttle: no wrong attempt (break 52 F11).
  if (typed && !isCodeShaped(typed)) return { ok: false, reason: 'CODE_FORMAT' }
  if (!(await takeAttempt(db, keys))) {
    await recordAudit(db, null, { action: 'auth.signIn.throttled', subjectType: 'User', subjectId: actor.userId, detail })
    return { ok: false, reason: 'THROTTLED' }
  }
  const used = typed ? await consumeSecondFactor(db, actor.userId, typed) : null
  if (!used) {
    await recordAudit(db, null, { action: 'auth.signIn.codeFailed', subjectType: 'User', subjectId: actor.userId, detail })
    return { ok: false, reason: 'CODE_INVALID' }
  }
  // Conditional: a session signed out (or already completed) meanwhile is not brought back.
  const { count } = await db.userSession.updateMany({ where: { id: actor.sessionId, userId: actor.userId, awaitingSecondFactor: true, revokedAt: null }, data: { awaitingSecondFactor: false } })
  if (count !== 1) return { ok: false, reason: 'INVALID' }
  await attemptPassed(db, keys)
  await db.user.update({ where: { id: actor.userId }, data: { failedSignInCount: 0, lastSignInAt: new Date() } })
  await db.auditEvent.create({
    data: {
      actorUserId: actor.userId, actorAgencyId: actor.agencyId, actorRoles: actor.roles, action: 'auth.signIn',
      subjectType: 'User', subjectId: actor.userId, correlationId: actor.sessionId, detail: { ...detail, secondFactor: used },
    },
  })
  return { ok: true, secondFactor: used }
}
