'use server'
import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { addressFromHeaders } from '../../lib/client-address'
import { fieldOf } from '../action'
import { prisma } from '../db'
import { getActorOwingCode } from '../session'
import { giveSignInCode } from './sign-in-code'
import { markActionStarted } from '../../lib/action-started'
import { sameSitePath } from '../../lib/same-site-path'
import { afterRecoveryCode } from '../../lib/recovery-used'

/**
 * What the code form shows after a refused code, shaped as every action's refusal (action.ts): UNAUTHENTICATED when
 * no code is owed, RATE_LIMITED when throttled, VALIDATION with the code field's error.
 */
export type SignInCodeState =
  | { ok: false; code: 'UNAUTHENTICATED' | 'RATE_LIMITED'; message: string; fieldErrors?: undefined }
  | { ok: false; code: 'VALIDATION'; message: string; fieldErrors: Record<string, string[]> }
  | null

/**
 * The Llwybr code a single sign-on owes (ADR 0016). Only a session that owes one may call it (getActorOwingCode): any
 * other caller, signed in or not, is told to sign in again and nothing is written. A correct code sends the user on to
 * the page in the form's `next` (a path on this site), else their home page; a wrong one, or a throttled account, is
 * told so as the password sign-in's code step tells it.
 */
export async function giveSignInCodeAction(_prev: SignInCodeState, form: FormData): Promise<SignInCodeState> {
  // Not run through runAction: a server error inside it is the server's, not the request's (src/lib/action-started.ts).
  markActionStarted()
  const t = await getTranslations()
  const actor = await getActorOwingCode()
  // No email or password was typed here: a session that ended (signed out, disabled) is told so (break 53 F5).
  if (!actor) return { ok: false, code: 'UNAUTHENTICATED', message: t('errors.UNAUTHENTICATED') }
  const code = fieldOf(form, 'code').trim()
  if (!code) return { ok: false, code: 'VALIDATION', message: t('auth.fixErrors'), fieldErrors: { code: [t('totp.signIn.codeRequired')] } }
  const result = await giveSignInCode(prisma, actor, code, { ip: addressFromHeaders(Object.fromEntries((await headers()).entries())) })
  // On to the page the sign-in began from (break 53 F6), on this site only; by the two-step page after a recovery code,
  // which says how many are left (walk 54 low).
  if (result.ok) {
    const next = fieldOf(form, 'next')
    redirect(result.secondFactor === 'recovery' ? afterRecoveryCode(next) : sameSitePath(next))
  }
  if (result.reason === 'CODE_FORMAT') return { ok: false, code: 'VALIDATION', message: t('auth.fixErrors'), fieldErrors: { code: [t('totp.signIn.format')] } }
  if (result.reason === 'CODE_INVALID') return { ok: false, code: 'VALIDATION', message: t('auth.fixErrors'), fieldErrors: { code: [t('totp.signIn.invalid')] } }
  return result.reason === 'THROTTLED' ? { ok: false, code: 'RATE_LIMITED', message: t('auth.throttled') } : { ok: false, code: 'UNAUTHENTICATED', message: t('errors.UNAUTHENTICATED') }
}
