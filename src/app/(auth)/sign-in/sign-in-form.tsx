'use client'
import { signIn } from 'next-auth/react'
import { useTranslations } from 'next-intl'
import { useState, type FormEvent } from 'react'
import { ErrorSummary } from '@/components/error-summary'
import { TextField } from '@/components/text-field'
import { Button } from '@/components/button'
import { CodeStep } from './code-step'
import { afterRecoveryCode, wasRecoveryCode } from '@/lib/recovery-used'

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
  const [problem, setProblem] = useState<Problem | null>(null)
  // Read from the prop, not copied into state, so it follows a switch of language; any attempt puts it away.
  const [ssoShown, setSsoShown] = useState(true)
  const worded = (): { message: string; fields: Record<string, string[]> } | null => {
    if (!problem) return ssoShown && ssoProblem ? { message: ssoProblem, fields: {} } : null
    if (problem.kind !== 'FIELDS') return { message: problem.kind === 'THROTTLED' ? t('throttled') : t('invalid'), fields: {} }
    return { message: t('fixErrors'), fields: { ...(problem.email ? { email: [t('emailRequired')] } : {}), ...(problem.password ? { password: [t('passwordRequired')] } : {}) } }
  }
  const shown = worded()
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
      {shown && <ErrorSummary title={t('problem')} message={shown.message} fieldErrors={shown.fields} labels={{ email: t('email'), password: t('password') }} />}
      {/* method="post": a submit before the script loads must never put the password in the address (issue 17 item 3).
          Without the script nothing signs in: the page posted to says why (`noscript`, walk 17), not a blank form. */}
      <form method="post" action="/sign-in?noscript=1" onSubmit={onSubmit} noValidate className="space-y-5">
        <TextField name="email" type="email" label={t('email')} autoComplete="username" errors={shown?.fields.email} />
        <TextField name="password" type="password" label={t('password')} autoComplete="current-password" errors={shown?.fields.password} />
        <Button type="submit" disabled={pending}>
          {t('submit')}
        </Button>
      </form>
      {sso && (
        <p className="mt-6">
          <Button type="button" variant="secondary" onClick={() => signIn('oidc', { callbackUrl })}>
            {t('sso')}
          </Button>
        </p>
      )}
    </>
  )
}
