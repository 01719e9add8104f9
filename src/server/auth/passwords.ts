import { hash, verify } from '@node-rs/argon2'
import { dictionary } from '@zxcvbn-ts/language-common'

// security.md AU-1: argon2id; length 12-128; common-password list; no composition rules.
// The list is zxcvbn-ts's 49k most common passwords; we also catch "common word + digits/symbols".
const common = new Set<string>(dictionary['passwords-common'] as string[])

export const PASSWORD_MIN = 12
export const PASSWORD_MAX = 128

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase()
  const core = lower.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '')
  return common.has(lower) || (core.length >= 4 && common.has(core))
}

export function hashPassword(password: string): Promise<string> {
  // 2 = Algorithm.Argon2id (a const enum, which isolatedModules cannot import).
  return hash(password, { algorithm: 2 })
}

/** A hash to verify against when the account does not exist, so both paths take the same time (AU-3). */
let dummyHash: Promise<string> | null = null
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword('llwybr-timing-equaliser')
  const target = stored ?? (await dummyHash)
  try {
    const ok = await verify(target, password)
    return ok && stored != null
  } catch {
    return false
  }
}
