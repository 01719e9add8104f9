import 'server-only'
import QRCode from 'qrcode'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { AppError, invalid } from '../errors'
import type { Actor } from '../policy'
import { newRecoveryCodes, hashRecoveryCode } from './recovery-codes'
import { consumeTotpCode } from './second-factor'
import { openSecret, sealSecret } from './secret-box'
import { newTotpSecret, totpUri } from './totp'
import { ZTwoStepCode } from './two-step.schemas'

export type TwoStepSettings =
  | { enrolled: true; required: boolean; recoveryCodesLeft: number; /** When a recovery code of theirs was last used, or null. */ recoveryUsedAt: Date | null }
  | { enrolled: false; required: boolean; secret: string; qrDataUrl: string }

/**
 * The signed-in user's own two-step settings. Not yet enrolled: a pending secret is made (or the pending one reused, so
 * reloading the page keeps the QR code the user may already have scanned) and returned with its QR code as an SVG
 * data URL drawn here, nothing fetched from the network. Only ever the actor's own factor.
 */
export async function getTwoStepSettings(actor: Actor): Promise<TwoStepSettings> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: actor.userId },
    select: {
      agency: { select: { requireTwoStep: true } },
      twoStepFactor: true,
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
      recoveryCodes: { where: { usedAt: { not: null } }, orderBy: { usedAt: 'desc' }, take: 1, select: { usedAt: true } },
    },
  })
  const required = user.agency.requireTwoStep
  if (user.twoStepFactor?.confirmedAt) return { enrolled: true, required, recoveryCodesLeft: user._count.recoveryCodes, recoveryUsedAt: user.recoveryCodes[0]?.usedAt ?? null }
  let secret = pendingSecret(user.twoStepFactor?.secret)
  if (!secret) {
    // None yet, or one sealed under an earlier NEXTAUTH_SECRET: start afresh (nothing was confirmed with it).
    const sealed = sealSecret(newTotpSecret())
    // A readable pending secret is never replaced, so two page loads at once cannot show different QR codes.
    if (user.twoStepFactor) await prisma.twoStepFactor.update({ where: { userId: actor.userId }, data: { secret: sealed, lastStep: null } })
    else await prisma.twoStepFactor.upsert({ where: { userId: actor.userId }, create: { userId: actor.userId, secret: sealed }, update: {} })
    secret = openSecret((await prisma.twoStepFactor.findUniqueOrThrow({ where: { userId: actor.userId } })).secret)
  }
  const svg = await QRCode.toString(totpUri(actor.email, secret), { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
  return { enrolled: false, required, secret, qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` }
}

function pendingSecret(sealed: string | undefined): string | null {
  try {
    return sealed ? openSecret(sealed) : null
  } catch {
    return null
  }
}

/** Stores ten fresh recovery codes (argon2id hashes only) in place of any earlier ones; returns them to show once. */
export async function replaceRecoveryCodes(tx: Pick<Tx, 'recoveryCode'>, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes()
  const hashes = await Promise.all(codes.map(hashRecoveryCode))
  await tx.recoveryCode.deleteMany({ where: { userId } })
  await tx.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId, codeHash })) })
  return codes
}

/**
 * Confirms enrolment with a current code from the app (issue 17 TOTP): the factor is switched on and ten recovery
 * codes are made, in one transaction with the audit row. Output: the recovery codes, shown once.
 * Errors: VALIDATION `code` (codeInvalid) when the code does not match; CONFLICT when already enrolled.
 */
export async function confirmTwoStep(actor: Actor, input: unknown): Promise<{ recoveryCodes: string[] }> {
  const { code } = ZTwoStepCode.parse(input)
  return prisma.$transaction(async (tx) => {
    const factor = await tx.twoStepFactor.findUnique({ where: { userId: actor.userId } })
    if (factor?.confirmedAt) throw new AppError('CONFLICT')
    if (!(await consumeTotpCode(tx, actor.userId, code, { pending: true }))) throw invalid('code', 'codeInvalid')
    await tx.twoStepFactor.update({ where: { userId: actor.userId }, data: { confirmedAt: new Date() } })
    const recoveryCodes = await replaceRecoveryCodes(tx, actor.userId)
    await recordAudit(tx, actor, { action: 'twoStep.enrol', subjectType: 'User', subjectId: actor.userId })
    return { recoveryCodes }
  })
}
