'use server'
import { cookies, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { encode } from 'next-auth/jwt'
import { addressFromHeaders } from '../../lib/client-address'
import { markActionStarted } from '../../lib/action-started'
import { afterRecoveryCode } from '../../lib/recovery-used'
import { sameSitePath } from '../../lib/same-site-path'
import { fieldOf } from '../action'
import { prisma } from '../db'
import { authenticateWithPassword } from './authenticate'
import { rememberSignedInLanguage } from './remember-language'
import { cookiesSecure, sessionCookieName, sessionSecret } from './session-cookie'
import { ABSOLUTE_LIFETIME_MS } from './sessions'

/**
 * What the sign-in form shows after a sign-in posted without the page's script: which problem (worded by the form, so
 * the language switch re-words it), and for an account with two-step verification the code step, with the email kept
 * (never the password: it is typed again with the code, so it is in no page).
 */
export type PasswordSignInState = {
  // Shaped as every action's refusal (action.ts): not signed in.
  ok: false
  code: 'UNAUTHENTICATED'
  problem: 'FIELDS' | 'INVALID' | 'THROTTLED' | 'CODE_REQUIRED' | 'CODE_FORMAT' | 'CODE_INVALID'
  email: string
  missing?: ('email' | 'password' | 'code')[]
  askCode?: boolean
} | null

const notSignedIn = (state: Omit<NonNullable<PasswordSignInState>, 'ok' | 'code'>): PasswordSignInState => ({ ok: false, code: 'UNAUTHENTICATED', ...state })

/**
 * The password sign-in of a browser without the page's script (walk 62 F5: nobody could sign in without it). The same
 * check as the form's script makes through next-auth's credentials provider (authenticateWithPassword: throttled per
 * account and address, the same answer whether the account exists or not, AU-3), then the same session cookie
 * next-auth would set (its own `encode`, carrying only the session id), and on to the page the sign-in began from, on
 * this site only. An account with two-step verification is asked for its code on the same form with the password
 * again: no session, and no password on any page, until both pass (as the script's code step). Input: the form
 * (email, password, code, callbackUrl). Output: the state to show, or a redirect once signed in.
 */
export async function signInWithPasswordAction(_prev: PasswordSignInState, form: FormData): Promise<PasswordSignInState> {
  markActionStarted()
  const email = fieldOf(form, 'email').trim()
  const password = fieldOf(form, 'password')
  const code = fieldOf(form, 'code').trim()
  const askCode = fieldOf(form, 'askCode') === '1'
  const missing = [...(email ? [] : ['email' as const]), ...(password ? [] : ['password' as const]), ...(askCode && !code ? ['code' as const] : [])]
  if (missing.length) return notSignedIn({ problem: 'FIELDS', email, missing, askCode })
  const asked = await headers()
  const result = await authenticateWithPassword(prisma, { email, password, ...(code ? { code } : {}) }, {
    ip: addressFromHeaders(Object.fromEntries(asked.entries())),
    userAgent: asked.get('user-agent') ?? undefined,
  })
  if (!result.ok) {
    const codeStep = result.reason === 'CODE_REQUIRED' || result.reason === 'CODE_FORMAT' || result.reason === 'CODE_INVALID'
    return notSignedIn({ problem: result.reason, email, askCode: codeStep || askCode })
  }
  const secure = cookiesSecure()
  const maxAge = ABSOLUTE_LIFETIME_MS / 1000
  const secret = sessionSecret()
  // As next-auth: no session sealed with an empty secret (review 63).
  if (!secret) throw new Error('NEXTAUTH_SECRET is needed to sign in')
  const token = await encode({ token: { sub: result.userId, sid: result.sessionId }, secret, maxAge })
  ;(await cookies()).set(sessionCookieName(secure), token, { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge })
  await rememberSignedInLanguage(result.sessionId)
  const next = sameSitePath(fieldOf(form, 'callbackUrl'))
  // Which code passed, as the check found it, not as typed: a code posted for an account without two-step is no
  // recovery code used (break 63 F3: it was sent to the two-step set-up page).
  redirect(result.secondFactor === 'recovery' ? afterRecoveryCode(next) : next)
}
