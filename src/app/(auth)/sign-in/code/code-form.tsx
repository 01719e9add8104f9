'use client'
import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { ErrorSummary } from '@/components/error-summary'
import { TextField } from '@/components/text-field'
import { Button } from '@/components/button'
import { useOwnSuccess } from '@/components/use-own-success'
import { giveSignInCodeAction, type SignInCodeState } from '@/server/auth/sign-in-code-actions'

/**
 * The Llwybr code after a single sign-on (ADR 0016): a code from the authenticator app or a recovery code, posted to
 * the server action (works before the page's JavaScript has loaded). A correct code goes on to `next`, a path on this
 * site (the page the sign-in began from).
 */
export function SignInCodeForm({ next }: { next: string }) {
  const t = useTranslations()
  const [state, action, pending] = useActionState<SignInCodeState, FormData>(giveSignInCodeAction, null)
  // Its words are in the language it was refused in: the language switch puts it away (re-break 52b F6).
  const { failed } = useOwnSuccess(state)
  return (
    <>
      {failed && <ErrorSummary title={t('auth.problem')} message={failed.message} fieldErrors={failed.fieldErrors ?? {}} labels={{ code: t('totp.signIn.code') }} />}
      <form action={action} method="post" noValidate className="space-y-5">
        <input type="hidden" name="next" value={next} />
        <TextField name="code" label={t('totp.signIn.code')} hint={t('totp.signIn.codeHint')} errors={failed?.fieldErrors?.code} autoComplete="one-time-code" maxLength={64} spellCheck={false} autoCapitalize="characters" />
        <Button type="submit" disabled={pending}>{t('totp.signIn.submit')}</Button>
      </form>
    </>
  )
}
