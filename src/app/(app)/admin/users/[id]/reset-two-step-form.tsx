'use client'
import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { useOwnSuccess } from '@/components/use-own-success'
import { Button } from '@/components/button'
import { CheckboxField } from '@/components/checkbox-field'
import { ErrorSummary } from '@/components/error-summary'
import { resetTwoStepAction, type TwoStepFormState } from '@/server/two-step/actions'

/**
 * An administrator's reset of a user's second factor (issue 17 TOTP). What happens next depends on the user's agency:
 * one that requires the factor makes them set it up again at their next sign-in; otherwise they may (walk 50 F6).
 */
export function ResetTwoStepForm({ userId, enrolled, required }: { userId: string; enrolled: boolean; required: boolean }) {
  const t = useTranslations('totp.admin')
  const tCommon = useTranslations('common')
  const [state, action, pending] = useActionState<TwoStepFormState, FormData>(resetTwoStepAction, null)
  const { showSuccess } = useOwnSuccess(state)
  return (
    <section aria-labelledby="two-step-heading" className="mt-12 max-w-xl">
      <h2 id="two-step-heading" className="mb-2 text-2xl font-bold">{t('heading')}</h2>
      {showSuccess && <p role="status" className="mb-4 border-l-4 border-green-800 bg-green-50 p-3 font-bold">{t(required ? 'doneRequired' : 'done')}</p>}
      {state && !state.ok && <ErrorSummary idPrefix="reset" title={tCommon('problem')} message={state.message} fieldErrors={state.code === 'VALIDATION' ? state.fieldErrors : {}} labels={{ identityChecked: t('identityChecked') }} />}
      <p className="mb-4">{enrolled ? t('enrolled') : t('notEnrolled')}</p>
      {enrolled && (
        <form action={action} noValidate className="space-y-5">
          <input type="hidden" name="userId" value={userId} />
          <p>{t(required ? 'resetIntroRequired' : 'resetIntro')}</p>
          <CheckboxField name="identityChecked" label={t('identityChecked')} />
          <Button type="submit" variant="warning" disabled={pending}>{t('reset')}</Button>
        </form>
      )}
    </section>
  )
}
