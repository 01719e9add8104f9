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
  // What went wrong, not its words: worded at render, so the language switch re-words a problem already shown
  // (re-break 52b F6: it stayed in the language it was first shown in).
  const [problem, setProblem] = useState<'EMPTY' | 'CODE_FORMAT' | 'CODE_INVALID' | 'THROTTLED' | 'INVALID' | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const code = String(new FormData(event.currentTarget).get('code') ?? '').trim()
    if (!code) return setProblem('EMPTY')
    const error = await submit(code)
    if (!error) return
    // A throttled account or an account that stopped being valid is told what a password failure would tell it.
    setProblem(error === 'CODE_FORMAT' || error === 'CODE_INVALID' || error === 'THROTTLED' ? error : 'INVALID')
  }

  const worded = (): { message: string; fields: Record<string, string[]> } | null => {
    if (problem === 'EMPTY') return { message: t('auth.fixErrors'), fields: { code: [t('totp.signIn.codeRequired')] } }
    if (problem === 'CODE_FORMAT') return { message: t('auth.fixErrors'), fields: { code: [t('totp.signIn.format')] } }
    if (problem === 'CODE_INVALID') return { message: t('auth.fixErrors'), fields: { code: [t('totp.signIn.invalid')] } }
    if (problem === 'THROTTLED') return { message: t('auth.throttled'), fields: {} }
    return problem === 'INVALID' ? { message: t('auth.invalid'), fields: {} } : null
  }
  const shown = worded()

  return (
    <>
      <h2 ref={heading} tabIndex={-1} className="mb-2 text-2xl font-bold">{t('totp.signIn.heading')}</h2>
      <p className="mb-4">{t('totp.signIn.intro')}</p>
      {shown && <ErrorSummary title={t('auth.problem')} message={shown.message} fieldErrors={shown.fields} labels={{ code: t('totp.signIn.code') }} />}
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-5">
        <TextField name="code" label={t('totp.signIn.code')} hint={t('totp.signIn.codeHint')} errors={shown?.fields.code} autoComplete="one-time-code" maxLength={64} spellCheck={false} autoCapitalize="characters" />
        <Button type="submit" disabled={pending}>{t('totp.signIn.submit')}</Button>
      </form>
    </>
  )
}
