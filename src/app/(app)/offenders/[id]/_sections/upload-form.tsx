'use client'
import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { Button } from '@/components/button'
import { ErrorSummary } from '@/components/error-summary'
import { Field, inputClass } from '@/components/field'
import { formKey } from '@/components/form-key'
import { FormDisclosure } from '@/components/form-disclosure'
import { useOwnSuccess } from '@/components/use-own-success'
import { TextField } from '@/components/text-field'
import { uploadDocumentAction } from '@/server/documents/actions'

export function UploadForm({ offenderId }: { offenderId: string }) {
  const t = useTranslations()
  const [state, action, pending] = useActionState(uploadDocumentAction, null)
  const { formRef, showSuccess } = useOwnSuccess(state)
  const failed = state && !state.ok ? state : null
  const errors = failed?.code === 'VALIDATION' ? failed.fieldErrors : {}
  return (
    <FormDisclosure summary={t('record.form.upload')} state={state} showSuccess={showSuccess} success={t('documents.uploaded')}>
      {failed && <ErrorSummary title={t('common.problem')} message={failed.message} fieldErrors={errors} idPrefix="document" />}
      <form ref={formRef} action={action} noValidate className="max-w-xl space-y-4" key={formKey(state)}>
        <input type="hidden" name="offenderId" value={offenderId} />
        <Field name="file" label={t('documents.file')} hint={t('documents.fileHint')} errors={errors.file} idPrefix="document">
          {(describedBy) => (
            <input id="document-file" name="file" type="file" accept=".pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx" aria-describedby={describedBy} className={inputClass} />
          )}
        </Field>
        <TextField name="description" label={t('documents.description')} idPrefix="document" defaultValue={(failed?.values?.description as string | undefined) ?? ''} errors={errors.description} maxLength={500} />
        <Button type="submit" disabled={pending}>{t('documents.upload')}</Button>
      </form>
    </FormDisclosure>
  )
}
