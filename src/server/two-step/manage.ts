import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { attemptNotMade, takeAttempt } from '../auth/throttle'
import { prisma } from '../db'
import { AppError, invalid, notFound } from '../errors'
import { authorize, type Actor } from '../policy'
import { replaceRecoveryCodes } from './enrol'
import { consumeTotpCode } from './second-factor'
import { ZTwoStepCode, ZTwoStepReset } from './two-step.schemas'

/**
 * Checks the actor's current code before a change to their own factor. Wrong codes count in the sign-in throttle for
 * the account (security.md AU-2), so a stolen session cannot guess its way to turning the factor off.
 * Errors: RATE_LIMITED when throttled; VALIDATION `code` (codeInvalid) when wrong.
 */
async function requireCurrentCode(actor: Actor, input: unknown): Promise<void> {
  const { code } = ZTwoStepCode.parse(input)
  const keys = { account: actor.email, ip: null }
  if (!(await takeAttempt(prisma, keys))) throw new AppError('RATE_LIMITED')
  if (await consumeTotpCode(prisma, actor.userId, code)) return attemptNotMade(prisma, keys)
  throw invalid('code', 'codeInvalid')
}

/** New recovery codes in place of the old ones, after a current code (issue 17 TOTP). Output: the codes, shown once. */
export async function regenerateRecoveryCodes(actor: Actor, input: unknown): Promise<{ recoveryCodes: string[] }> {
  await requireCurrentCode(actor, input)
  return prisma.$transaction(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId)
    await recordAudit(tx, actor, { action: 'twoStep.recoveryCodes', subjectType: 'User', subjectId: actor.userId })
    return { recoveryCodes }
  })
}

/**
 * Turns the actor's own second factor off after a current code. Refused while their agency requires it (AU-4).
 * Errors: VALIDATION `_form` (twoStepRequired), `code` (codeInvalid); RATE_LIMITED.
 */
export async function disableTwoStep(actor: Actor, input: unknown): Promise<{ id: string }> {
  const agency = await prisma.agency.findUniqueOrThrow({ where: { id: actor.agencyId }, select: { requireTwoStep: true } })
  if (agency.requireTwoStep) throw invalid('_form', 'twoStepRequired')
  await requireCurrentCode(actor, input)
  return prisma.$transaction(async (tx) => {
    await tx.recoveryCode.deleteMany({ where: { userId: actor.userId } })
    await tx.twoStepFactor.deleteMany({ where: { userId: actor.userId } })
    await recordAudit(tx, actor, { action: 'twoStep.disable', subjectType: 'User', subjectId: actor.userId })
    return { id: actor.userId }
  })
}

/**
 * An administrator removes a user's second factor (a lost phone): the user is signed out everywhere and must enrol
 * again (at once, if their agency requires it). Permission user.manage; audited. Errors: NOT_FOUND.
 */
export async function resetTwoStep(actor: Actor, input: unknown): Promise<{ id: string }> {
  authorize(actor, 'user.manage')
  const { userId } = ZTwoStepReset.parse(input)
  return prisma.$transaction(async (tx) => {
    if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw notFound()
    await tx.recoveryCode.deleteMany({ where: { userId } })
    await tx.twoStepFactor.deleteMany({ where: { userId } })
    await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } })
    await recordAudit(tx, actor, { action: 'twoStep.reset', subjectType: 'User', subjectId: userId })
    return { id: userId }
  })
}

/**
 * Whether a user has a confirmed second factor, and whether their agency requires one (so a reset means they must set
 * it up again at their next sign-in, not merely that they may: walk 50 F6), for the administrator's user page.
 * Permission user.manage. Output: { enrolled, required }; both false for an unknown user.
 */
export async function getUserTwoStep(actor: Actor, userId: string): Promise<{ enrolled: boolean; required: boolean }> {
  authorize(actor, 'user.manage')
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { agency: { select: { requireTwoStep: true } }, twoStepFactor: { select: { confirmedAt: true } } } })
  return { enrolled: Boolean(user?.twoStepFactor?.confirmedAt), required: user?.agency.requireTwoStep ?? false }
}
