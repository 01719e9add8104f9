'use client'
import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { Button } from '@/components/button'
import { CheckboxField } from '@/components/checkbox-field'
import { ErrorSummary } from '@/components/error-summary'
import { useOwnSuccess } from '@/components/use-own-success'
import { formKey } from '@/components/form-key'
import { SelectField, type Option } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import type { FormStepState } from '@/server/action'
import { scheduleMeetingAction } from '@/server/mappa/actions'
import { SubmissionKey } from '@/components/submission-key'
import { reloadOf } from '@/components/reload-of'

type Choices = { chairs: Option[]; core: Option[]; dutyToCooperate: Option[] }

/** Level, time, place, chair and the agencies invited; the agenda is built when it is saved. */
export function ScheduleForm({ choices }: { choices: Choices }) {
  const t = useTranslations()
  const [state, action, pending] = useActionState<FormStepState, FormData>(scheduleMeetingAction, null)
  // An earlier refusal goes once another form on the page is submitted (issue 16, MAPPA gaps item 3).
  const { failed, kept } = useOwnSuccess(state)
  const errors = failed?.code === 'VALIDATION' ? failed.fieldErrors : {}
  // The summary names each field it links to, in the form's order, as ActionForm's does (issue 16 walk-through item 3).
  const groupLabel = (name: 'coreAgencyIds' | 'dutyToCooperateAgencyIds') => t(`mappa.${name}`)
  const labels = { level: t('mappa.level'), startsAt: t('mappa.startsAt'), venue: t('mappa.venue'), chairId: t('mappa.chair'), coreAgencyIds: groupLabel('coreAgencyIds'), dutyToCooperateAgencyIds: groupLabel('dutyToCooperateAgencyIds') }
  const v = (name: string) => (kept?.values?.[name] as string | undefined) ?? ''
  const chosen = (name: string) => [kept?.values?.[name] ?? []].flat() as string[]
  const group = (name: 'coreAgencyIds' | 'dutyToCooperateAgencyIds', options: Option[], checkedByDefault: boolean) => (
    <fieldset id={`meeting-${name}`} className={errors[name]?.length ? 'border-l-4 border-error pl-3' : undefined}>
      <legend className="font-bold">{groupLabel(name)}</legend>
      {errors[name]?.length ? <p className="font-bold text-error">{errors[name].join(' ')}</p> : null}
      <div className="mt-2 grid gap-1 md:grid-cols-2">
        {options.map((o) => (
          <CheckboxField key={o.value} name={name} value={o.value} label={o.label} defaultChecked={kept ? chosen(name).includes(o.value) : checkedByDefault} />
        ))}
      </div>
    </fieldset>
  )
  return (
    <>
      {failed && <ErrorSummary title={t('common.problem')} message={failed.message} reload={reloadOf(failed)} fieldErrors={errors} idPrefix="meeting" labels={labels} />}
      <form action={action} noValidate className="max-w-3xl space-y-5" key={formKey(state)}>
        <SubmissionKey result={state} />
        <SelectField name="level" idPrefix="meeting" label={t('mappa.level')} placeholder={t('common.choose')} options={[{ value: '2', label: t('mappa.levelN', { level: 2 }) }, { value: '3', label: t('mappa.levelN', { level: 3 }) }]} defaultValue={v('level')} errors={errors.level} />
        <TextField name="startsAt" idPrefix="meeting" type="datetime-local" label={t('mappa.startsAt')} defaultValue={v('startsAt')} errors={errors.startsAt} />
        <TextField name="venue" idPrefix="meeting" label={t('mappa.venue')} hint={t('mappa.venueHint')} defaultValue={v('venue')} errors={errors.venue} maxLength={200} />
        <CheckboxField name="online" label={t('mappa.onlineLabel')} defaultChecked={v('online') === 'on'} />
        <SelectField name="chairId" idPrefix="meeting" label={t('mappa.chair')} hint={t('mappa.chairHint')} placeholder={t('common.choose')} options={choices.chairs} defaultValue={v('chairId')} errors={errors.chairId} />
        {group('coreAgencyIds', choices.core, true)}
        {group('dutyToCooperateAgencyIds', choices.dutyToCooperate, false)}
        <Button type="submit" disabled={pending}>{t('mappa.scheduleMeeting')}</Button>
      </form>
    </>
  )
}
