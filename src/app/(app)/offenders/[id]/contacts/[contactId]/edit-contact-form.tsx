'use client'
import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { SubmissionKey } from '@/components/submission-key'
import { useSubmitAfterOthers } from '@/components/page-saving'
import { useOwnSuccess } from '@/components/use-own-success'
import { versionAsDrawn } from '@/components/version-as-drawn'
import { Button } from '@/components/button'
import { CheckboxField } from '@/components/checkbox-field'
import { ErrorSummary } from '@/components/error-summary'
import { TextareaField } from '@/components/textarea-field'
import { updateContactAction, type UpdateContactState } from '@/server/contacts/actions'

type Current = { notes: string; version: number }

/**
 * On a stale save (someone else changed the contact since this page loaded) the server answers CONFLICT
 * with their text: we show it, keep the user's own text in the box, and move to the new version so a
 * deliberate second save wins (security.md RL-1).
 */
export function EditContactForm(props: { contactId: string; version: number; notes: string; isSensitive: boolean }) {
  const t = useTranslations()
  const [state, action, pending] = useActionState<UpdateContactState, FormData>(updateContactAction, null)
  const holdIfOthersSave = useSubmitAfterOthers(pending)
  // A success never stands beside a later refusal on the page (issue 16 item 1).
  const { showSuccess, failed } = useOwnSuccess(state)
  // The form itself follows the last result even once its message is hidden: the version to save against and the
  // user's own text must survive their next submission (a hidden refusal must not remount the form).
  const refused = state && !state.ok ? state : null
  const current = refused?.code === 'CONFLICT' ? (refused.details?.current as Current | undefined) : undefined
  const version = versionAsDrawn(refused, 'version', state?.ok ? state.data.version : (current?.version ?? props.version))
  const notes = (refused?.values?.notes as string | undefined) ?? props.notes
  const fieldErrors = failed?.code === 'VALIDATION' ? failed.fieldErrors : {}
  return (
    <>
      {failed && <ErrorSummary title={t('common.problem')} message={current ? t('contact.conflict') : failed.message} fieldErrors={fieldErrors} labels={{ notes: t('contact.notes') }} />}
      {failed && current && (
        <section aria-labelledby="their-version" className="mb-6 border-l-4 border-gray-500 bg-gray-50 p-3">
          <h2 id="their-version" className="font-bold">{t('contact.theirVersion')}</h2>
          <p className="whitespace-pre-line">{current.notes}</p>
        </section>
      )}
      {showSuccess && state?.ok && (
        <p role="status" className="mb-4 border-l-4 border-green-800 bg-green-50 p-3 font-bold">
          {t('contact.updated')}
        </p>
      )}
      <form action={action} onSubmit={holdIfOthersSave} noValidate className="space-y-5" key={`${version}-${refused?.code ?? 'ok'}`}>
        <SubmissionKey result={state} />
        <input type="hidden" name="contactId" value={props.contactId} />
        <input type="hidden" name="version" value={version} />
        <TextareaField name="notes" label={t('contact.notes')} maxLength={4000} defaultValue={notes} errors={fieldErrors.notes} />
        <CheckboxField name="isSensitive" label={t('contact.markSensitive')} defaultChecked={refused ? refused.values?.isSensitive === 'on' : props.isSensitive} />
        <Button type="submit" disabled={pending}>
          {t('contact.saveChanges')}
        </Button>
      </form>
    </>
  )
}
