import { randomInt } from 'node:crypto'
import { hash, verify } from '@node-rs/argon2'

export const RECOVERY_CODE_COUNT = 10
// No 0/O, 1/I/L: codes are copied by hand from paper.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

/** Ten new recovery codes, each `XXXXX-XXXXX` (about 49 bits), to be shown once and stored only as hashes. */
export function newRecoveryCodes(): string[] {
  const part = () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => `${part()}-${part()}`)
}

/** A typed recovery code in the stored form: capitals, no spaces; the hyphen optional. Null when it cannot be one. */
export function normaliseRecoveryCode(raw: string): string | null {
  const plain = raw.replace(/[\s-]/g, '').toUpperCase()
  return /^[A-Z0-9]{10}$/.test(plain) ? `${plain.slice(0, 5)}-${plain.slice(5)}` : null
}

/** argon2id hash of a recovery code (2 = Algorithm.Argon2id, a const enum isolatedModules cannot import). */
export const hashRecoveryCode = (code: string): Promise<string> => hash(code, { algorithm: 2 })

/** The id of the unused stored code this one matches, or null. */
export async function matchRecoveryCode(raw: string, stored: { id: string; codeHash: string }[]): Promise<string | null> {
  const code = normaliseRecoveryCode(raw)
  if (!code) return null
  for (const row of stored) {
    if (await verify(row.codeHash, code).catch(() => false)) return row.id
  }
  return null
}
