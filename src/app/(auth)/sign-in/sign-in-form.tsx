'use client'
import { signIn } from 'next-auth/react'
import { useTranslations } from 'next-intl'
import { useActionState, useState, type FormEvent } from 'react'
import { ErrorSummary } from '@/components/error-summary'
import { TextField } from '@/components/text-field'
import { Button } from '@/components/button'
import { CodeStep } from './code-step'
import { afterRecoveryCode, wasRecoveryCode } from '@/lib/recovery-used'
import { signInWithPasswordAction, type PasswordSignInState } from '@/server/auth/password-sign-in-action'
import { useOwnSuccess } from '@/components/use-own-success'

// What went wrong, not its words: worded at render, so the language switch re-words a problem already shown (re-break
// 52b F6: it stayed in the language it was first shown in).
type Problem = { kind: 'FIELDS' | 'THROTTLED' | 'INVALID'; email?: boolean; password?: boolean }
type Credentials = { email: string; password: string }

/**
 * The sign-in form. `ssoProblem`: why a single sign-on just ended without a session (the page's `?error=`), shown as
 * this form's problem until the next attempt replaces it (walk 52 F5: it stayed beside the next attempt's own).
 */
export function SignInForm({ callbackUrl, sso, ssoProblem }: { callbackUrl: string; sso: boolean; ssoProblem?: string }) {
  const t = useTranslations('auth')
  const tc = useTranslations('totp.signIn')
  const [problem, setProblem] = useState<Problem | null>(null)
  // Without the page's script the form posts to the server, which signs in or answers with this (walk 62 F5).
  const [answer, postAction] = useActionState<PasswordSignInState, FormData>(signInWithPasswordAction, null)
  // Its problem goes once anything is submitted or the language is switched (useOwnSuccess); the email and the code
  // step stay (`kept`).
  const { failed: posted, kept } = useOwnSuccess(answer)
  // Read from the prop, not copied into state, so it follows a switch of language; any attempt puts it away.
  const [ssoShown, setSsoShown] = useState(true)
  const worded = (): { message: string; fields: Record<string, string[]> } | null => {
    if (!problem && posted) return postedWords(posted)
    if (!problem) return ssoShown && ssoProblem ? { message: ssoProblem, fields: {} } : null
    if (problem.kind !== 'FIELDS') return { message: problem.kind === 'THROTTLED' ? t('throttled') : t('invalid'), fields: {} }
    return { message: t('fixErrors'), fields: { ...(problem.email ? { email: [t('emailRequired')] } : {}), ...(problem.password ? { password: [t('passwordRequired')] } : {}) } }
  }
  // The answer to a sign-in posted without the script, worded as the script's own answers are.
  const postedWords = (p: NonNullable<PasswordSignInState>): { message: string; fields: Record<string, string[]> } | null => {
    if (p.problem === 'CODE_REQUIRED') return null
    if (p.problem === 'CODE_FORMAT' || p.problem === 'CODE_INVALID') return { message: t('fixErrors'), fields: { code: [tc(p.problem === 'CODE_FORMAT' ? 'format' : 'invalid')] } }
    if (p.problem !== 'FIELDS') return { message: p.problem === 'THROTTLED' ? t('throttled') : t('invalid'), fields: {} }
    const missing = p.missing ?? []
    const fields = { ...(missing.includes('email') ? { email: [t('emailRequired')] } : {}), ...(missing.includes('password') ? { password: [t('passwordRequired')] } : {}), ...(missing.includes('code') ? { code: [tc('codeRequired')] } : {}) }
    return { message: t('fixErrors'), fields }
  }
  const shown = worded()
  const askCode = !problem && kept?.askCode
  const [pending, setPending] = useState(false)
  // After a correct password, an account with two-step verification is asked for a code. The password is kept only in
  // this component's memory and posted again with the code: no session, and nothing in the address, until both pass.
  const [codeFor, setCodeFor] = useState<Credentials | null>(null)

  async function attempt(creds: Credentials, code?: string): Promise<string | null> {
    setPending(true)
    const result = await signIn('credentials', { ...creds, ...(code ? { code } : {}), redirect: false, callbackUrl })
    setPending(false)
    if (result?.ok && !result.error) {
      // A recovery code works once: the two-step page says so and how many are left, then leads on (walk 54 low).
      window.location.assign(code && wasRecoveryCode(code) ? afterRecoveryCode(callbackUrl) : callbackUrl)
      return null
    }
    return result?.error ?? 'INVALID'
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setSsoShown(false)
    const form = new FormData(event.currentTarget)
    const email = String(form.get('email') ?? '').trim()
    const password = String(form.get('password') ?? '')
    if (!email || !password) return setProblem({ kind: 'FIELDS', email: !email, password: !password })
    const error = await attempt({ email, password })
    if (error === 'CODE_REQUIRED') {
      setProblem(null)
      return setCodeFor({ email, password })
    }
    // Same message whether the account exists or not (security.md AU-3).
    if (error) setProblem({ kind: error === 'THROTTLED' ? 'THROTTLED' : 'INVALID' })
  }

  if (codeFor) return <CodeStep pending={pending} submit={(code) => attempt(codeFor, code)} />

  return (
    <>
      {shown && <ErrorSummary title={t('problem')} message={shown.message} fieldErrors={shown.fields} labels={{ email: t('email'), password: t('password'), code: tc('code') }} />}
      {askCode && <p role="status" className="mb-4 border-l-4 border-brand bg-brand-light p-3">{t('codeAsked')}</p>}
      {/* method="post": a submit before the script loads must never put the password in the address (issue 17 item 3).
          The script signs in through next-auth (onSubmit); without it the form posts to the server action. */}
      <form method="post" action={postAction} onSubmit={onSubmit} noValidate className="space-y-5" key={answer ? JSON.stringify(answer) : 'form'}>
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <TextField name="email" type="email" label={t('email')} autoComplete="username" errors={shown?.fields.email} defaultValue={kept?.email} />
        <TextField name="password" type="password" label={t('password')} autoComplete="current-password" errors={shown?.fields.password} />
        {askCode && (
          <>
            <input type="hidden" name="askCode" value="1" />
            <TextField name="code" label={tc('code')} hint={tc('codeHint')} errors={shown?.fields.code} autoComplete="one-time-code" maxLength={64} spellCheck={false} autoCapitalize="characters" />
          </>
        )}
        <Button type="submit" disabled={pending}>
          {t('submit')}
        </Button>
      </form>
      {sso && (
        // A plain form, so it starts the provider's journey without the page's script too (walk 63 F3): the route
        // posts to next-auth's sign-in as its signIn('oidc') does (sign-in/sso/route.ts). With the script, signIn()
        // itself, which leaves the page by address, so no form-action limit applies to the provider's own redirects.
        <form
          method="post"
          action="/sign-in/sso"
          noValidate
          className="mt-6"
          onSubmit={(e) => {
            e.preventDefault()
            void signIn('oidc', { callbackUrl })
          }}
        >
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <Button type="submit" variant="secondary">
            {t('sso')}
          </Button>
        </form>
      )}
    </>
  )
}
