'use client'
import { useTranslations } from 'next-intl'
import { useActionState, useState, type FormEvent } from 'react'
import { Button } from '@/components/button'
import { ErrorSummary } from '@/components/error-summary'
import { Field, inputClass } from '@/components/field'
import { formKey } from '@/components/form-key'
import { FormDisclosure } from '@/components/form-disclosure'
import { useOwnSuccess } from '@/components/use-own-success'
import { TextField } from '@/components/text-field'
import { uploadDocumentAction } from '@/server/documents/actions'
import { MAX_DOCUMENT_BYTES } from '@/server/documents/document.schemas'
import { SubmissionKey } from '@/components/submission-key'

export function UploadForm({ offenderId }: { offenderId: string }) {
  const t = useTranslations()
  const [state, action, pending] = useActionState(uploadDocumentAction, null)
  const { formRef, showSuccess, failed, kept } = useOwnSuccess(state)
  // A file over the limit is refused before it is sent: the server could only answer such a body with 413, not a
  // field message (issue 17 item 4). The server still checks the size itself.
  const [tooLarge, setTooLarge] = useState(false)
  const errors = tooLarge ? { file: [t('validation.fileTooLarge')] } : failed?.code === 'VALIDATION' ? failed.fieldErrors : {}
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get('file')
    const over = file instanceof File && file.size > MAX_DOCUMENT_BYTES
    setTooLarge(over)
    if (over) event.preventDefault()
  }
  return (
    <FormDisclosure summary={t('record.form.upload')} state={state} showSuccess={showSuccess} success={(state?.ok && state.notice) || t('documents.uploaded')}>
      {(failed || tooLarge) && <ErrorSummary title={t('common.problem')} message={tooLarge ? t('errors.VALIDATION') : failed!.message} fieldErrors={errors} idPrefix="document" />}
      <form ref={formRef} action={action} onSubmit={checkSize} noValidate className="max-w-xl space-y-4" key={formKey(state)}>
        <SubmissionKey result={state} />
        <input type="hidden" name="offenderId" value={offenderId} />
        <Field name="file" label={t('documents.file')} hint={t('documents.fileHint')} errors={errors.file} idPrefix="document">
          {(describedBy) => (
            <input id="document-file" name="file" type="file" accept=".pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx" aria-describedby={describedBy} className={inputClass} />
          )}
        </Field>
        <TextField name="description" label={t('documents.description')} idPrefix="document" defaultValue={(kept?.values?.description as string | undefined) ?? ''} errors={errors.description} maxLength={500} />
        <Button type="submit" disabled={pending}>{t('documents.upload')}</Button>
      </form>
    </FormDisclosure>
  )
}
