'use client'
import { useTranslations } from 'next-intl'
import { useActionState, useState, type FormEvent } from 'react'
import { useSubmitAfterOthers } from '@/components/page-saving'
import { Button } from '@/components/button'
import { ErrorSummary } from '@/components/error-summary'
import { Field, inputClass } from '@/components/field'
import { formKey } from '@/components/form-key'
import { FormDisclosure } from '@/components/form-disclosure'
import { useOwnSuccess } from '@/components/use-own-success'
import { TextField } from '@/components/text-field'
import { uploadDocumentAction } from '@/server/documents/actions'
import { fileNameProblem, MAX_DOCUMENT_BYTES } from '@/server/documents/document.schemas'
import { SubmissionKey } from '@/components/submission-key'
import { FormPlace } from '@/components/form-place'
import { usePostedNoticeShown } from '@/components/page-notice'

export function UploadForm({ offenderId }: { offenderId: string }) {
  const t = useTranslations()
  const [state, action, pending] = useActionState(uploadDocumentAction, null)
  const holdIfOthersSave = useSubmitAfterOthers(pending)
  const { formRef, showSuccess, failed, kept } = useOwnSuccess(state)
  // Without the script the page says the success at its top (FormPlace): said once, there.
  const pageSaysIt = usePostedNoticeShown()
  // A file over the limit, or whose name holds a control character, is refused before it is sent: the server could
  // answer such a body only with 413, or fail to parse it (break 17 F1), not with a field message (issue 17 item 4).
  // The server still checks both itself.
  const [refused, setRefused] = useState<'fileTooLarge' | 'fileNameControlCharacters' | 'fileNameTooLong' | 'fileNameBlank' | null>(null)
  const said = { fileTooLarge: t('validation.fileTooLarge'), fileNameControlCharacters: t('validation.fileNameControlCharacters'), fileNameTooLong: t('validation.fileNameTooLong'), fileNameBlank: t('validation.fileNameBlank') }
  const errors = refused ? { file: [said[refused]] } : failed?.code === 'VALIDATION' ? failed.fieldErrors : {}
  const checkFile = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get('file')
    const problem = !(file instanceof File) ? null : file.size > MAX_DOCUMENT_BYTES ? 'fileTooLarge' : file.name ? fileNameProblem(file.name) : null
    setRefused(problem)
    if (problem) event.preventDefault()
    else holdIfOthersSave(event)
  }
  return (
    <FormDisclosure summary={t('record.form.upload')} state={state} showSuccess={showSuccess && !pageSaysIt} success={(state?.ok && state.notice) || t('documents.uploaded')}>
      {(failed || refused) && <ErrorSummary title={t('common.problem')} message={refused ? t('errors.VALIDATION') : failed!.message} fieldErrors={errors} idPrefix="document" labels={{ file: t('documents.file'), description: t('documents.description') }} />}
      <form ref={formRef} action={action} onSubmit={checkFile} noValidate className="max-w-xl space-y-4" key={formKey(state)}>
        <SubmissionKey result={state} />
        <FormPlace place="document" success={t('documents.uploaded')} />
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
