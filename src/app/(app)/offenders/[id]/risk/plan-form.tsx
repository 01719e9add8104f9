'use client'
import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { useSubmitAfterOthers } from '@/components/page-saving'
import { Button } from '@/components/button'
import { FormPlace } from '@/components/form-place'
import { ErrorSummary } from '@/components/error-summary'
import { formKey } from '@/components/form-key'
import { useOwnSuccess } from '@/components/use-own-success'
import { versionAsDrawn } from '@/components/version-as-drawn'
import { TextField } from '@/components/text-field'
import { TextareaField } from '@/components/textarea-field'
import { saveRiskPlanAction } from '@/server/risk/actions'
import { planSections } from '@/server/risk/risk.schemas'
import type { FormState } from '@/components/action-form'
import { SubmissionKey } from '@/components/submission-key'
import { FormDisclosure } from '@/components/form-disclosure'

type Plan = Record<(typeof planSections)[number], string> & { version: number; nextReviewDate?: string }

/**
 * Saving adds a version. If someone saved first, their plan is shown and the user's text stays in the boxes. Behind
 * its own disclosure, open while there is no plan, so a refusal opens it also without the page's script (walk 55 F1).
 */
export function PlanForm({ offenderId, current, summary }: { offenderId: string; current: Plan | null; summary: string }) {
  const t = useTranslations()
  const [state, action, pending] = useActionState<FormState, FormData>(saveRiskPlanAction, null)
  const holdIfOthersSave = useSubmitAfterOthers(pending)
  const { formRef, showSuccess, failed, kept } = useOwnSuccess(state)
  const errors = failed?.code === 'VALIDATION' ? failed.fieldErrors : {}
  const theirs = failed?.code === 'CONFLICT' ? (failed.details?.current as Plan | undefined) : undefined
  const basedOn = versionAsDrawn(kept, 'basedOnVersion', theirs?.version ?? current?.version ?? 0)
  const value = (name: string) => (kept?.values?.[name] as string | undefined) ?? (current ? String(current[name as keyof Plan] ?? '') : '')
  return (
    <FormDisclosure summary={summary} look="title" startsOpen={!current} state={state} showSuccess={showSuccess} success={t('risk.planSaved')}>
      {failed && <ErrorSummary title={t('common.problem')} message={theirs ? t('risk.planConflict', { version: theirs.version }) : failed.message} fieldErrors={errors} idPrefix="plan" labels={{ ...Object.fromEntries(planSections.map((s) => [s, t(`risk.plan.${s}`)])), nextReviewDate: t('risk.plan.nextReviewDate') }} />}
      <form ref={formRef} action={action} onSubmit={holdIfOthersSave} noValidate className="space-y-4" key={formKey(state)}>
        <SubmissionKey result={state} />
        <FormPlace place="plan" />
        <input type="hidden" name="offenderId" value={offenderId} />
        <input type="hidden" name="basedOnVersion" value={basedOn} />
        {planSections.map((s) => (
          <div key={s}>
            <TextareaField name={s} label={t(`risk.plan.${s}`)} idPrefix="plan" defaultValue={value(s)} errors={errors[s]} maxLength={4000} rows={4} />
            {theirs && <p className="mt-1 border-l-4 border-gray-400 bg-gray-50 p-2 text-sm">{t('risk.theirText', { text: theirs[s] })}</p>}
          </div>
        ))}
        <TextField name="nextReviewDate" type="date" label={t('risk.plan.nextReviewDate')} idPrefix="plan" defaultValue={value('nextReviewDate').slice(0, 10)} errors={errors.nextReviewDate} />
        <Button type="submit" disabled={pending}>{t('risk.savePlan')}</Button>
      </form>
    </FormDisclosure>
  )
}
