'use client'
import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { Button } from '@/components/button'
import { ErrorSummary } from '@/components/error-summary'
import { disableTwoStepAction, regenerateRecoveryCodesAction, type TwoStepFormState } from '@/server/two-step/actions'
import { CodeField } from './code-field'
import { RecoveryCodesShown } from './recovery-codes-shown'
import { reloadOf } from '@/components/reload-of'
import { useOwnSuccess } from '@/components/use-own-success'

/** The form's own words (heading, intro, button), translated by the page. */
export type CodeFormText = { heading: string; intro: string; submit: string }
type Props = { id: 'regenerate' | 'disable'; action: typeof regenerateRecoveryCodesAction; variant: 'primary' | 'warning'; text: CodeFormText }

/** One code-confirmed change to the user's own factor; each form has its own field ids and error summary. */
function CodeConfirmedForm({ id, action: serverAction, variant, text }: Props) {
  const t = useTranslations()
  const [state, action, pending] = useActionState<TwoStepFormState, FormData>(serverAction, null)
  // Its words are in the language it was refused in: the language switch puts it away (re-break 52b F6).
  const { failed } = useOwnSuccess(state)
  const errors = failed?.code === 'VALIDATION' ? failed.fieldErrors : {}
  return (
    <section aria-labelledby={`${id}-heading`} className="border-t border-gray-300 pt-6">
      <h2 id={`${id}-heading`} className="mb-2 text-2xl font-bold">{text.heading}</h2>
      <p className="mb-4">{text.intro}</p>
      {failed && <ErrorSummary title={t('common.problem')} message={failed.message} reload={reloadOf(failed)} fieldErrors={errors} idPrefix={id} labels={{ code: t('totp.code') }} />}
      {state?.ok && state.data.recoveryCodes && <RecoveryCodesShown codes={state.data.recoveryCodes} />}
      {state?.ok && id === 'disable' && <p role="status" className="font-bold">{t('totp.disabled')}</p>}
      <form action={action} method="post" noValidate className="space-y-5">
        <CodeField label={t('totp.code')} hint={t('totp.codeHint')} errors={errors.code} idPrefix={id} />
        <Button type="submit" variant={variant} disabled={pending}>{text.submit}</Button>
      </form>
    </section>
  )
}

export const RegenerateForm = ({ text }: { text: CodeFormText }) => <CodeConfirmedForm id="regenerate" action={regenerateRecoveryCodesAction} variant="primary" text={text} />
export const DisableForm = ({ text }: { text: CodeFormText }) => <CodeConfirmedForm id="disable" action={disableTwoStepAction} variant="warning" text={text} />
