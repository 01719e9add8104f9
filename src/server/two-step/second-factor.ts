import type { PrismaClient } from '../../generated/prisma/client'
import type { Tx } from '../db'
import { matchRecoveryCode, normaliseRecoveryCode } from './recovery-codes'
import { openSecret } from './secret-box'
import { checkTotp, normaliseTotpCode } from './totp'

type Db = PrismaClient | Tx

/**
 * Accepts a current TOTP code from the user's confirmed factor, recording its time step so it cannot be used again
 * (the update only matches while the stored step is older, so two racing requests cannot both use one code).
 * Output: true when accepted.
 */
export async function consumeTotpCode(db: Db, userId: string, code: string, opts: { pending?: boolean } = {}): Promise<boolean> {
  const factor = await db.twoStepFactor.findUnique({ where: { userId } })
  if (!factor || Boolean(factor.confirmedAt) === Boolean(opts.pending)) return false
  const secret = readSecret(factor.secret)
  if (!secret) return false
  const step = await checkTotp(secret, code, factor.lastStep)
  if (step === null) return false
  const { count } = await db.twoStepFactor.updateMany({
    where: { userId, OR: [{ lastStep: null }, { lastStep: { lt: step } }] },
    data: { lastStep: step },
  })
  return count === 1
}

/** The stored secret, or null when it cannot be read (NEXTAUTH_SECRET changed): no code is then accepted. */
function readSecret(sealed: string): string | null {
  try {
    return openSecret(sealed)
  } catch {
    return null
  }
}

/** Accepts an unused recovery code once: it is marked used in the same statement that checks it is still unused. */
export async function consumeRecoveryCode(db: Db, userId: string, code: string): Promise<boolean> {
  const unused = await db.recoveryCode.findMany({ where: { userId, usedAt: null }, select: { id: true, codeHash: true } })
  const id = await matchRecoveryCode(code, unused)
  if (!id) return false
  const { count } = await db.recoveryCode.updateMany({ where: { id, usedAt: null }, data: { usedAt: new Date() } })
  return count === 1
}

/** The second step of sign-in: a current code, or else a recovery code. Output: which one worked, or null. */
export async function consumeSecondFactor(db: Db, userId: string, code: string): Promise<'totp' | 'recovery' | null> {
  if (await consumeTotpCode(db, userId, code)) return 'totp'
  if (await consumeRecoveryCode(db, userId, code)) return 'recovery'
  return null
}

/**
 * Whether a typed code could be a second factor at all: 6 digits (spaces or hyphens allowed) or a recovery code's ten
 * letters and digits. One that could not ("12 3a") is told what a code looks like and never counts as a wrong code
 * (break 52 F11, as the account page's codeFormat: walk 51 F7). Input: the typed text. Output: boolean.
 */
export const isCodeShaped = (raw: string): boolean => normaliseTotpCode(raw) !== null || normaliseRecoveryCode(raw) !== null
