import { sameSitePath } from './same-site-path'

/**
 * Whether a code the sign-in accepted was a recovery code rather than the authenticator app's: the app's are 6 digits,
 * spaces or hyphens allowed (as normaliseTotpCode reads them). Input: the code as typed. Output: boolean.
 */
export const wasRecoveryCode = (code: string): boolean => !/^\d{6}$/.test(code.replace(/[\s-]/g, ''))

/**
 * Where a sign-in that used a recovery code goes: the user's two-step page, which says the code will not work again,
 * how many are left and how to get new ones, with the way on to `next` (walk 54 low: nothing said how many were left).
 * Input: the page the sign-in was for (any value: only a path on this site is kept). Output: a path on this site.
 */
/** How long after a recovery code was used its sign-in's notice may still be shown, in minutes. */
export const RECOVERY_NOTICE_MINUTES = 15

/**
 * Whether the two-step page may say "You signed in with a recovery code": the address asks for it (afterRecoveryCode)
 * AND one of the user's codes was used in the last RECOVERY_NOTICE_MINUTES. The address alone is anyone's to send, and
 * told a user who used none that their codes were running out, urging new ones or an administrator's reset (break 72
 * F7). Input: the `recoveryUsed` parameter, when the user last used a recovery code (or null), now. Output: boolean.
 */
export function recoveryNoticeShown(asked: unknown, lastUsedAt: Date | null, now = new Date()): boolean {
  if (asked !== '1' || !lastUsedAt) return false
  const minutesAgo = (now.getTime() - lastUsedAt.getTime()) / 60_000
  return minutesAgo >= 0 && minutesAgo <= RECOVERY_NOTICE_MINUTES
}

export const afterRecoveryCode = (next: unknown): string => `/account/two-step?recoveryUsed=1&next=${encodeURIComponent(sameSitePath(next))}`
