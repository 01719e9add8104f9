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
export const afterRecoveryCode = (next: unknown): string => `/account/two-step?recoveryUsed=1&next=${encodeURIComponent(sameSitePath(next))}`
