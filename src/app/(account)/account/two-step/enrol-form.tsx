'use client'
import Link from 'next/link'
import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { Button } from '@/components/button'
import { ErrorSummary } from '@/components/error-summary'
import { confirmTwoStepAction, type TwoStepFormState } from '@/server/two-step/actions'
import { CodeField } from './code-field'
import { RecoveryCodesShown } from './recovery-codes-shown'
import { reloadOf } from '@/components/reload-of'
import { useOwnSuccess } from '@/components/use-own-success'

/**
 * Scan (or type) the secret, then confirm with a current code; the recovery codes follow once confirmed, with one way
 * on. `enrolling`: the pending secret and its QR code, or null once the factor is on: the page renders this form then
 * too, in the same place, because a confirmation posted without the page's script comes back as the page of a user
 * already enrolled, and only this form holds the answer with the new codes (break 55 F1: they were never shown).
 * `back`: the label of a way out before enrolling, where the agency does not require it (walk 17: "Back to Llwybr"
 * also showed under "Continue to Llwybr" after enrolling). `required`: the notice that the agency requires it, shown
 * until the factor is confirmed (walk 51 F2: it stayed above "Two-step verification is on").
 */
export function EnrolForm({ enrolling, back, required }: { enrolling: { secret: string; qrDataUrl: string } | null; back?: string; required?: string }) {
  const t = useTranslations()
  const [state, action, pending] = useActionState<TwoStepFormState, FormData>(confirmTwoStepAction, null)
  // Its words are in the language it was refused in: the language switch puts it away (re-break 52b F6).
  const { failed } = useOwnSuccess(state)
  if (state?.ok && state.data.recoveryCodes) {
    return (
      <>
        <p role="status" className="font-bold">{t('totp.enrolled')}</p>
        <RecoveryCodesShown codes={state.data.recoveryCodes} />
        <p><Link href="/" className="font-bold">{t('totp.continue')}</Link></p>
      </>
    )
  }
  if (!enrolling) return null
  const { secret, qrDataUrl } = enrolling
  return (
    <>
      {required && <p className="border-l-4 border-brand bg-gray-100 p-3 font-bold">{required}</p>}
      {failed && <ErrorSummary title={t('common.problem')} message={failed.message} reload={reloadOf(failed)} fieldErrors={failed.code === 'VALIDATION' ? failed.fieldErrors : {}} labels={{ code: t('totp.code') }} />}
      <section aria-labelledby="scan-heading">
        <h2 id="scan-heading" className="mb-2 text-2xl font-bold">{t('totp.scanHeading')}</h2>
        <p className="mb-4">{t('totp.scanIntro')}</p>
        {/* Drawn on the server from the secret; a data URL, nothing fetched from elsewhere. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={qrDataUrl} alt={t('totp.qrAlt')} width={200} height={200} className="mb-4 border border-gray-300" />
        <p className="mb-1">{t('totp.manualIntro')}</p>
        <p className="font-mono text-lg break-all" data-testid="totp-secret">{secret.match(/.{1,4}/g)?.join(' ')}</p>
      </section>
      <section aria-labelledby="confirm-heading">
        <h2 id="confirm-heading" className="mb-2 text-2xl font-bold">{t('totp.confirmHeading')}</h2>
        <form action={action} method="post" noValidate className="space-y-5">
          <CodeField label={t('totp.code')} hint={t('totp.codeHint')} errors={failed?.code === 'VALIDATION' ? failed.fieldErrors.code : undefined} />
          <Button type="submit" disabled={pending}>{t('totp.confirm')}</Button>
        </form>
      </section>
      {back && <p><Link href="/">{back}</Link></p>}
    </>
  )
}
