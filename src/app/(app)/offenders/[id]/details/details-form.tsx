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
import { formKey } from '@/components/form-key'
import { SelectField, type Option } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import { updatePersonalDetailsAction } from '@/server/offenders/personal-details-actions'
import { reloadOf } from '@/components/reload-of'

export type DetailValues = Record<string, string | boolean | null> & { offenderId: string; version: number }

const TEXT = ['phone', 'addressLine1', 'addressLine2', 'town', 'postcode', 'genderIdentity', 'ethnicity', 'nationality', 'disabilities'] as const

export function DetailsForm({ initial, authorities }: { initial: DetailValues; authorities: Option[] }) {
  const t = useTranslations()
  const [state, action, pending] = useActionState(updatePersonalDetailsAction, null)
  const holdIfOthersSave = useSubmitAfterOthers(pending)
  // A success never stands beside a later refusal on the page (issue 16 item 1).
  const { showSuccess, failed, kept } = useOwnSuccess(state)
  const errors = failed?.code === 'VALIDATION' ? failed.fieldErrors : {}
  const version = versionAsDrawn(kept, 'version', state?.ok ? state.data.version : initial.version)
  const text = (name: string) => (kept?.values?.[name] as string | undefined) ?? String(initial[name] ?? '')
  const checked = (name: string) => (kept ? kept.values?.[name] === 'on' : initial[name] === true)
  return (
    <>
      {failed && <ErrorSummary title={t('common.problem')} message={failed.message} reload={reloadOf(failed)} fieldErrors={errors} labels={{ preferredLanguage: t('offender.preferredLanguage'), ...Object.fromEntries(TEXT.map((name) => [name, t(`details.field.${name}`)])), localAuthorityId: t('offender.localAuthority') }} />}
      {showSuccess && state?.ok && <p role="status" className="mb-4 font-bold text-green-800">{t('details.saved', { count: state.data.changed })}</p>}
      <form action={action} onSubmit={holdIfOthersSave} noValidate className="max-w-xl space-y-4" key={`${version}-${formKey(state)}`}>
        <SubmissionKey result={state} />
        <input type="hidden" name="offenderId" value={initial.offenderId} />
        <input type="hidden" name="version" value={version} />
        <SelectField name="preferredLanguage" label={t('offender.preferredLanguage')} defaultValue={text('preferredLanguage')} options={(['en', 'cy'] as const).map((l) => ({ value: l, label: t(`common.language.${l}`) }))} />
        <CheckboxField name="noFixedAbode" label={t('offender.noFixedAbode')} defaultChecked={checked('noFixedAbode')} />
        {TEXT.map((name) => (
          <TextField key={name} name={name} label={t(`details.field.${name}`)} defaultValue={text(name)} errors={errors[name]} maxLength={name === 'disabilities' ? 500 : 120} />
        ))}
        <SelectField name="localAuthorityId" label={t('offender.localAuthority')} placeholder={t('common.none')} defaultValue={text('localAuthorityId')} errors={errors.localAuthorityId} options={authorities} />
        <CheckboxField name="isVeteran" label={t('offender.veteran')} defaultChecked={checked('isVeteran')} />
        <Button type="submit" disabled={pending}>{t('details.save')}</Button>
      </form>
    </>
  )
}
