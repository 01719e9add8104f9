import { generateSecret, generateURI, verify } from 'otplib'

/** RFC 6238 defaults every authenticator app uses: 30-second steps, 6 digits, SHA-1. */
export const STEP_SECONDS = 30
/** ±1 step: a code from the previous or next 30 seconds still counts, for clocks a little apart (issue 17 TOTP). */
const TOLERANCE_SECONDS = STEP_SECONDS

/** A new random base32 secret (20 bytes, 160 bits, as RFC 4226 recommends). */
export const newTotpSecret = (): string => generateSecret()

/** The otpauth:// address the QR code carries; `label` is the user's email. */
export const totpUri = (label: string, secret: string): string => generateURI({ issuer: 'Llwybr', label, secret })

/** A typed code without the spaces or hyphens people put in; 6 digits or null. */
export function normaliseTotpCode(raw: string): string | null {
  const code = raw.replace(/[\s-]/g, '')
  return /^\d{6}$/.test(code) ? code : null
}

/**
 * Checks a 6-digit code against a base32 secret with a ±1 step window. A code for a step at or before `lastStep` (one
 * already used) is refused, so a code seen over someone's shoulder cannot be replayed in its window.
 * Inputs: `nowMs` in milliseconds since the epoch. Output: the accepted time step, or null.
 */
export async function checkTotp(secret: string, raw: string, lastStep: number | null, nowMs = Date.now()): Promise<number | null> {
  const token = normaliseTotpCode(raw)
  if (!token) return null
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(nowMs / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
  })
  return result.valid && 'timeStep' in result ? result.timeStep : null
}
