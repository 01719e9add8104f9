'use client'
import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { useOwnSuccess } from '@/components/use-own-success'
import { versionAsDrawn } from '@/components/version-as-drawn'
import { Button } from '@/components/button'
import { CheckboxField } from '@/components/checkbox-field'
import { CreatedNotice } from '@/components/created-notice'
import { ErrorSummary } from '@/components/error-summary'
import { formKey } from '@/components/form-key'
import { SelectField } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import { createAgencyAction, updateAgencyAction, type AgencyFormState } from '@/server/agencies/actions'
import { agencyKinds, regions } from '@/server/agencies/agency.schemas'
import { SubmissionKey } from '@/components/submission-key'
import { reloadOf } from '@/components/reload-of'

export type AgencyFormValues = { agencyId?: string; version?: number; code: string; name: string; nameCy: string; kind: string; region: string; active: boolean; requireTwoStep?: boolean }

export function AgencyForm({ initial }: { initial: AgencyFormValues }) {
  const t = useTranslations()
  const editing = Boolean(initial.agencyId)
  const [state, action, pending] = useActionState<AgencyFormState, FormData>(editing ? updateAgencyAction : createAgencyAction, null)
  // A success never stands beside a later refusal on the page (issue 16 item 1).
  const { showSuccess, failed, kept } = useOwnSuccess(state)
  const errors = failed?.code === 'VALIDATION' ? failed.fieldErrors : {}
  const v = (name: 'code' | 'name' | 'nameCy' | 'kind' | 'region') => (kept?.values?.[name] as string | undefined) ?? initial[name]
  // After a save, the version the save returned (the page's own may or may not have been drawn again by then).
  const version = state?.ok && editing ? (state.data.version ?? initial.version) : initial.version
  // A new agency has nothing more to fill in here (walk 51 F6).
  if (state?.ok && !editing) return <CreatedNotice title={t('admin.agencies.created')} next={t('admin.agencies.createdNext')} open={t('admin.agencies.openCreated')} href={`/admin/agencies/${state.data.id}`} />
  return (
    <>
      {failed && <ErrorSummary title={t('common.problem')} message={failed.message} reload={reloadOf(failed)} fieldErrors={errors} labels={{ code: t('admin.agencies.code'), name: t('admin.agencies.name'), nameCy: t('admin.agencies.nameCy'), kind: t('admin.agencies.kind'), region: t('admin.agencies.region') }} />}
      {showSuccess && <p role="status" className="mb-4 border-l-4 border-green-800 bg-green-50 p-3 font-bold">{t('admin.agencies.saved')}</p>}
      <form action={action} noValidate className="max-w-xl space-y-5" key={formKey(state)}>
        <SubmissionKey result={state} />
        {editing && <input type="hidden" name="agencyId" value={initial.agencyId} />}
        {editing && <input type="hidden" name="version" value={versionAsDrawn(kept, 'version', version)} />}
        {!editing && <TextField name="code" label={t('admin.agencies.code')} hint={t('admin.agencies.codeHint')} defaultValue={v('code')} errors={errors.code} maxLength={40} />}
        <TextField name="name" label={t('admin.agencies.name')} defaultValue={v('name')} errors={errors.name} maxLength={200} />
        <TextField name="nameCy" label={t('admin.agencies.nameCy')} defaultValue={v('nameCy')} errors={errors.nameCy} maxLength={200} lang="cy" />
        <SelectField name="kind" label={t('admin.agencies.kind')} placeholder={t('common.choose')} defaultValue={v('kind')} errors={errors.kind} options={agencyKinds.map((k) => ({ value: k, label: t(`enums.agencyKind.${k}`) }))} />
        <SelectField name="region" label={t('admin.agencies.region')} placeholder={t('admin.agencies.noRegion')} defaultValue={v('region')} errors={errors.region} options={regions.map((r) => ({ value: r, label: t(`enums.region.${r}`) }))} />
        {editing && <CheckboxField name="active" label={t('admin.agencies.active')} hint={t('admin.agencies.activeHint')} defaultChecked={kept ? kept.values?.active === 'on' : initial.active} />}
        {editing && <CheckboxField name="requireTwoStep" label={t('totp.agency.require')} hint={t('totp.agency.requireHint')} defaultChecked={kept ? kept.values?.requireTwoStep === 'on' : initial.requireTwoStep} />}
        <Button type="submit" disabled={pending}>{editing ? t('admin.agencies.save') : t('admin.agencies.create')}</Button>
      </form>
    </>
  )
}
