'use client'
import { useTranslations } from 'next-intl'
import { useActionState, useEffect } from 'react'
import { useSubmitAfterOthers } from '@/components/page-saving'
import { Button } from '@/components/button'
import { CheckboxField } from '@/components/checkbox-field'
import { FormPlace } from '@/components/form-place'
import { ErrorSummary } from '@/components/error-summary'
import { formKey } from '@/components/form-key'
import { FormDisclosure } from '@/components/form-disclosure'
import { useOwnSuccess } from '@/components/use-own-success'
import { SelectField } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import { TextareaField } from '@/components/textarea-field'
import { createContactAction, type CreateContactState } from '@/server/contacts/actions'
// Only what a free contact may carry: no appointments, no outcome with enforcement meaning (issue 13).
import { freeContactOutcomes, freeContactTypes } from '@/server/enforcement/enforcement-rules'
import { SubmissionKey } from '@/components/submission-key'
import { reloadOf } from '@/components/reload-of'

/** `disclosure`: the label of the control that opens the form (issue 15 item 10). */
type Props = { offenderId: string; idempotencyKey: string; defaultOccurredAt: string; disclosure: string }

export function ContactForm({ offenderId, idempotencyKey, defaultOccurredAt, disclosure }: Props) {
  const t = useTranslations()
  const [state, action, pending] = useActionState<CreateContactState, FormData>(createContactAction, null)
  const holdIfOthersSave = useSubmitAfterOthers(pending)
  const { formRef: form, showSuccess, failed } = useOwnSuccess(state)
  useEffect(() => {
    if (state?.ok) form.current?.reset()
  }, [state, form])
  const fieldErrors = failed?.code === 'VALIDATION' ? failed.fieldErrors : {}
  // What was typed follows the last refusal even once its message is hidden, so resubmitting never clears the form.
  const refused = state && !state.ok ? state : null
  const value = (name: string) => (refused?.values?.[name] as string | undefined) ?? undefined
  return (
    <FormDisclosure summary={disclosure} state={state} showSuccess={showSuccess} success={(state?.ok && state.notice) || t('contact.added')}>
      {failed && <ErrorSummary title={t('common.problem')} message={failed.message} reload={reloadOf(failed)} fieldErrors={fieldErrors} labels={{ type: t('contact.type'), occurredAt: t('contact.occurredAt'), outcome: t('contact.outcome'), notes: t('contact.notes') }} />}
      <form ref={form} action={action} onSubmit={holdIfOthersSave} noValidate className="space-y-5" key={refused ? formKey(state) : idempotencyKey}>
        <SubmissionKey result={state} />
        <FormPlace place="field" />
        <input type="hidden" name="offenderId" value={offenderId} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <SelectField
          name="type"
          label={t('contact.type')}
          placeholder={t('common.choose')}
          options={freeContactTypes.map((c) => ({ value: c, label: t(`enums.contactType.${c}`) }))}
          defaultValue={value('type') ?? ''}
          errors={fieldErrors.type}
        />
        <TextField name="occurredAt" type="datetime-local" label={t('contact.occurredAt')} hint={t('freeContact.occurredAtHint')} defaultValue={value('occurredAt') ?? defaultOccurredAt} errors={fieldErrors.occurredAt} />
        <SelectField
          name="outcome"
          label={t('contact.outcome')}
          hint={t('freeContact.outcomeHint')}
          placeholder={t('contact.noOutcome')}
          options={freeContactOutcomes.map((o) => ({ value: o, label: t(`enums.outcome.${o}`) }))}
          defaultValue={value('outcome') ?? ''}
          errors={fieldErrors.outcome}
        />
        <TextareaField name="notes" label={t('contact.notes')} maxLength={4000} defaultValue={value('notes') ?? ''} errors={fieldErrors.notes} />
        <CheckboxField name="isSensitive" label={t('contact.markSensitive')} hint={t('contact.sensitiveHint')} defaultChecked={value('isSensitive') === 'on'} />
        <Button type="submit" disabled={pending}>
          {t('contact.save')}
        </Button>
      </form>
    </FormDisclosure>
  )
}
