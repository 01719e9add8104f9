'use client'
import Link from 'next/link'
import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { Button } from '@/components/button'
import { CheckboxField } from '@/components/checkbox-field'
import { ErrorSummary } from '@/components/error-summary'
import { useOwnSuccess } from '@/components/use-own-success'
import { formKey } from '@/components/form-key'
import { SelectField } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import type { LikelyDuplicate } from '@/server/offenders/find-duplicates'
import { createOffenderAction } from '@/server/offenders/create-actions'
import { SubmissionKey } from '@/components/submission-key'

export function CreateOffenderForm({ idempotencyKey }: { idempotencyKey: string }) {
  const t = useTranslations()
  const [state, action, pending] = useActionState(createOffenderAction, null)
  // An earlier refusal goes once another form on the page is submitted (issue 16, MAPPA gaps item 3).
  const { failed, kept } = useOwnSuccess(state)
  const errors = failed?.code === 'VALIDATION' ? failed.fieldErrors : {}
  const duplicates = failed?.code === 'CONFLICT' ? ((failed.details?.duplicates as LikelyDuplicate[] | undefined) ?? []) : []
  const v = (name: string) => (kept?.values?.[name] as string | undefined) ?? ''
  // A match the user cannot open cannot be checked by opening it: the words ask them to ask first (review 67b K2).
  const someClosed = duplicates.some((d) => !d.id)
  return (
    <>
      {failed && failed.code !== 'CONFLICT' && <ErrorSummary title={t('common.problem')} message={failed.message} fieldErrors={errors} labels={{ firstName: t('createPerson.firstName'), lastName: t('createPerson.lastName'), dateOfBirth: t('offender.dateOfBirth'), sex: t('offender.sex'), pncId: t('offender.pnc'), preferredLanguage: t('offender.preferredLanguage'), confirmedNotDuplicate: t('createPerson.confirm') }} />}
      {duplicates.length > 0 && (
        <section aria-labelledby="duplicates-heading" role="alert" className="mb-6 border-4 border-yellow-500 p-4">
          <h2 id="duplicates-heading" className="mb-2 text-xl font-bold">{t('createPerson.duplicatesTitle')}</h2>
          <p className="mb-2">{t(someClosed ? 'createPerson.duplicatesIntroAsk' : 'createPerson.duplicatesIntro')}</p>
          <ul className="list-disc pl-6">
            {duplicates.map((d, i) => (
              // A Limited Access person's row has no CRN (ADR 0023): keyed by place.
              <li key={i}>
                {/* One kept from the user by the Limited Access lists: who to ask before making a second record (review 67 B1). */}
                {d.id ? <Link href={`/offenders/${d.id}`}>{d.name}</Link> : d.crn ? t('createPerson.outsideAccess') : t('createPerson.outsideAccessAsk')}{d.crn && ` (${d.crn})`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <form action={action} noValidate className="max-w-xl space-y-4" key={formKey(state)}>
        <SubmissionKey result={state} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        <TextField name="firstName" label={t('createPerson.firstName')} defaultValue={v('firstName')} errors={errors.firstName} maxLength={80} autoComplete="off" />
        <TextField name="lastName" label={t('createPerson.lastName')} defaultValue={v('lastName')} errors={errors.lastName} maxLength={80} autoComplete="off" />
        <TextField name="dateOfBirth" type="date" label={t('offender.dateOfBirth')} defaultValue={v('dateOfBirth')} errors={errors.dateOfBirth} />
        <SelectField name="sex" label={t('offender.sex')} placeholder={t('common.choose')} defaultValue={v('sex')} errors={errors.sex} options={(['MALE', 'FEMALE', 'INTERSEX', 'NOT_KNOWN'] as const).map((s) => ({ value: s, label: t(`enums.sex.${s}`) }))} />
        <TextField name="pncId" label={t('offender.pnc')} hint={t('createPerson.pncHint')} defaultValue={v('pncId')} errors={errors.pncId} maxLength={20} />
        <SelectField name="preferredLanguage" label={t('offender.preferredLanguage')} defaultValue={v('preferredLanguage') || 'en'} options={(['en', 'cy'] as const).map((l) => ({ value: l, label: t(`common.language.${l}`) }))} />
        {duplicates.length > 0 && <CheckboxField name="confirmedNotDuplicate" label={t(someClosed ? 'createPerson.confirmAsked' : 'createPerson.confirm')} />}
        <Button type="submit" disabled={pending}>{t('createPerson.submit')}</Button>
      </form>
    </>
  )
}
