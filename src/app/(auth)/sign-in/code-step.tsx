'use client'
import { useTranslations } from 'next-intl'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { ErrorSummary } from '@/components/error-summary'
import { TextField } from '@/components/text-field'
import { Button } from '@/components/button'

/**
 * The second step of sign-in (issue 17 TOTP): a code from the authenticator app or a recovery code. `submit` answers
 * the sign-in error code, or null once signed in. A wrong code counts in the same throttle as a wrong password.
 */
export function CodeStep({ pending, submit }: { pending: boolean; submit: (code: string) => Promise<string | null> }) {
  const t = useTranslations()
  const [problem, setProblem] = useState<{ message: string; fields: Record<string, string[]> } | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const code = String(new FormData(event.currentTarget).get('code') ?? '').trim()
    if (!code) return setProblem({ message: t('auth.fixErrors'), fields: { code: [t('totp.signIn.codeRequired')] } })
    const error = await submit(code)
    if (!error) return
    // A throttled account or an account that stopped being valid is told what a password failure would tell it.
    if (error === 'CODE_FORMAT') return setProblem({ message: t('auth.fixErrors'), fields: { code: [t('totp.signIn.format')] } })
    const message = error === 'THROTTLED' ? t('auth.throttled') : error === 'CODE_INVALID' ? t('totp.signIn.invalid') : t('auth.invalid')
    setProblem({ message, fields: error === 'CODE_INVALID' ? { code: [message] } : {} })
  }

  return (
    <>
      <h2 ref={heading} tabIndex={-1} className="mb-2 text-2xl font-bold">{t('totp.signIn.heading')}</h2>
      <p className="mb-4">{t('totp.signIn.intro')}</p>
      {problem && <ErrorSummary title={t('auth.problem')} message={problem.message} fieldErrors={problem.fields} />}
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
        <TextField name="code" label={t('totp.signIn.code')} hint={t('totp.signIn.codeHint')} errors={problem?.fields.code} autoComplete="one-time-code" maxLength={64} spellCheck={false} autoCapitalize="characters" />
        <Button type="submit" disabled={pending}>{t('totp.signIn.submit')}</Button>
      </form>
    </>
  )
}
