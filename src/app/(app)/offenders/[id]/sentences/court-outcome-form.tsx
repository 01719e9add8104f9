'use client'
import { useTranslations } from 'next-intl'
import { useActionState } from 'react'
import { useSubmitAfterOthers } from '@/components/page-saving'
import { Button } from '@/components/button'
import { FormPlace } from '@/components/form-place'
import { ErrorSummary } from '@/components/error-summary'
import { formKey } from '@/components/form-key'
import { useOwnSuccess } from '@/components/use-own-success'
import { SelectField } from '@/components/select-field'
import { TextField } from '@/components/text-field'
import { TextareaField } from '@/components/textarea-field'
import { recordCourtOutcomeAction } from '@/server/sentences/actions'
import { accommodationStatuses, eteStatuses, offenceCategories, orderTypes } from '@/server/sentences/court-outcome.schemas'
import { SubmissionKey } from '@/components/submission-key'
import { reloadOf } from '@/components/reload-of'
import { FormDisclosure } from '@/components/form-disclosure'

const P = 'court'
const OFFENCE_ROWS = 3
// Each requirement with the fields of its own unit (court-outcome.schemas.ts ZRequirements).
const requirementFields = [
  ['UNPAID_WORK', ['hours']],
  ['REHABILITATION_ACTIVITY', ['days']],
  ['ACCREDITED_PROGRAMME', ['sessions']],
  ['DRUG_TREATMENT', ['months']],
  ['ALCOHOL_TREATMENT', ['months']],
  ['MENTAL_HEALTH_TREATMENT', ['months']],
  ['CURFEW', ['hoursPerDay', 'months']],
  ['EXCLUSION', ['details']],
  ['RESIDENCE', ['details']],
  ['PROHIBITED_ACTIVITY', ['details']],
] as const

/**
 * The court outcome in one submit: disposal and lengths, up to three offences, the requirements (a block filled in is
 * a requirement ordered), extra licence conditions and the start snapshot. Works without JavaScript: behind its own
 * disclosure, which a refusal opens (walk 55 F1).
 */
export function CourtOutcomeForm({ offenderId, idempotencyKey, activeOrders, summary }: { offenderId: string; idempotencyKey: string; activeOrders: { value: string; label: string }[]; summary: string }) {
  const t = useTranslations()
  const [state, action, pending] = useActionState(recordCourtOutcomeAction, null)
  const holdIfOthersSave = useSubmitAfterOthers(pending)
  const { formRef, showSuccess, failed, kept } = useOwnSuccess(state)
  const errors = failed?.code === 'VALIDATION' ? failed.fieldErrors : {}
  const v = (name: string) => (kept?.values?.[name] as string | undefined) ?? ''
  const text = (name: string, label: string, extra: { hint?: string; type?: string; numeric?: boolean } = {}) => (
    <TextField idPrefix={P} name={name} label={label} hint={extra.hint} type={extra.type ?? 'text'} inputMode={extra.numeric ? 'numeric' : undefined} defaultValue={v(name)} errors={errors[name]} maxLength={extra.numeric ? 4 : 200} />
  )
  const select = (name: string, label: string, options: { value: string; label: string }[], hint?: string) => (
    <SelectField idPrefix={P} name={name} label={label} hint={hint} placeholder={t('common.choose')} defaultValue={v(name)} errors={errors[name]} options={options} />
  )
  // Each field's name in the error summary, in the form's order (walk 55 F3: bare "This field is required").
  const labels: Record<string, string> = {
    court: t('sentences.court'),
    sentenceDate: t('sentences.sentenceDate'),
    type: t('sentences.type'),
    lengthMonths: t('sentences.lengthMonths'),
    lengthDays: t('sentences.lengthDays'),
    custodialTermMonths: t('sentences.custodialTermMonths'),
    custodialTermDays: t('sentences.custodialTermDays'),
    extensionMonths: t('sentences.extensionMonths'),
    ...Object.fromEntries(Array.from({ length: OFFENCE_ROWS }, (_, i) => (['category', 'offenceDate', 'description'] as const).map((f) => [`offences.${i}.${f}`, `${t('sentences.offenceN', { n: i + 1 })}: ${t(`sentences.${f}`)}`])).flat()),
    mainOffence: t('sentences.mainOffenceLegend'),
    requirements: t('sentences.requirementsLegend'),
    ...Object.fromEntries(requirementFields.flatMap(([kind, fields]) => fields.map((f) => [`requirements.${kind}.${f}`, `${t(`enums.requirement.${kind}`)}: ${t(`sentences.${f}`)}`]))),
    additionalConditions: t('sentences.additionalConditions'),
    revokes: t('sentences.revokesLabel'),
    revokeReason: t('sentences.revokeReasonLabel'),
    accommodation: t('sentences.accommodationLabel'),
    ete: t('sentences.eteLabel'),
  }
  return (
    <FormDisclosure summary={summary} look="title" state={state} showSuccess={showSuccess} success={t('sentences.recordSaved')}>
      {failed && <ErrorSummary title={t('common.problem')} message={failed.message} reload={reloadOf(failed)} fieldErrors={errors} idPrefix={P} labels={labels} />}
      <form ref={formRef} action={action} onSubmit={holdIfOthersSave} noValidate className="space-y-4" key={formKey(state)}>
        <SubmissionKey result={state} />
        <FormPlace place={P} />
        <input type="hidden" name="offenderId" value={offenderId} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        {text('court', t('sentences.court'))}
        {text('sentenceDate', t('sentences.sentenceDate'), { type: 'date' })}
        {select('type', t('sentences.type'), orderTypes.map((o) => ({ value: o, label: t(`enums.sentenceType.${o}`) })))}
        {text('lengthMonths', t('sentences.lengthMonths'), { hint: t('sentences.lengthHint'), numeric: true })}
        {text('lengthDays', t('sentences.lengthDays'), { numeric: true })}
        {text('custodialTermMonths', t('sentences.custodialTermMonths'), { hint: t('sentences.custodialTermHint'), numeric: true })}
        {text('custodialTermDays', t('sentences.custodialTermDays'), { numeric: true })}
        {text('extensionMonths', t('sentences.extensionMonths'), { numeric: true })}
        {Array.from({ length: OFFENCE_ROWS }, (_, i) => (
          <fieldset key={i} className="border-l-4 border-gray-300 pl-3">
            <legend className="text-lg font-bold">{t('sentences.offenceN', { n: i + 1 })}</legend>
            {i > 0 && <p className="text-sm text-gray-700">{t('sentences.offenceNHint', { n: i + 1 })}</p>}
            {select(`offences.${i}.category`, t('sentences.category'), offenceCategories.map((c) => ({ value: c, label: t(`iom.offence.${c}`) })))}
            {text(`offences.${i}.offenceDate`, t('sentences.offenceDate'), { type: 'date' })}
            {text(`offences.${i}.description`, t('sentences.description'))}
          </fieldset>
        ))}
        <fieldset id={`${P}-mainOffence`} className={errors.mainOffence?.length ? 'border-l-4 border-error pl-3' : undefined}>
          <legend className="font-bold">{t('sentences.mainOffenceLegend')}</legend>
          {errors.mainOffence?.length ? <p className="font-bold text-error">{errors.mainOffence.join(' ')}</p> : null}
          {Array.from({ length: OFFENCE_ROWS }, (_, i) => (
            <label key={i} className="mr-4 inline-flex items-center gap-2">
              <input type="radio" name="mainOffence" value={String(i)} defaultChecked={(v('mainOffence') || '0') === String(i)} className="h-5 w-5" />
              {t('sentences.mainOffenceOption', { n: i + 1 })}
            </label>
          ))}
        </fieldset>
        <fieldset id={`${P}-requirements`} className={errors.requirements?.length ? 'border-l-4 border-error pl-3' : undefined}>
          <legend className="text-lg font-bold">{t('sentences.requirementsLegend')}</legend>
          <p className="text-sm text-gray-700">{t('sentences.requirementsHint')}</p>
          {errors.requirements?.length ? <p className="font-bold text-error">{errors.requirements.join(' ')}</p> : null}
          <div className="mt-2 grid gap-4 sm:grid-cols-2">
            {requirementFields.map(([kind, fields]) => (
              <fieldset key={kind} className="border-l-4 border-gray-300 pl-3">
                <legend className="font-bold">{t(`enums.requirement.${kind}`)}</legend>
                {fields.map((f) => text(`requirements.${kind}.${f}`, t(`sentences.${f}`), { numeric: f !== 'details' }))}
              </fieldset>
            ))}
          </div>
        </fieldset>
        <TextareaField idPrefix={P} name="additionalConditions" label={t('sentences.additionalConditions')} hint={t('sentences.additionalConditionsHint')} defaultValue={v('additionalConditions')} errors={errors.additionalConditions} rows={3} maxLength={5000} />
        {activeOrders.length > 0 && (
          <fieldset className="border-l-4 border-gray-300 pl-3">
            <legend className="text-lg font-bold">{t('sentences.revokesLegend')}</legend>
            {select('revokes', t('sentences.revokesLabel'), activeOrders, t('sentences.revokesHint'))}
            {select('revokeReason', t('sentences.revokeReasonLabel'), (['REVOKED_BREACH', 'REVOKED_FURTHER_OFFENCE'] as const).map((r) => ({ value: r, label: t(`sentences.reason.${r}`) })))}
          </fieldset>
        )}
        <fieldset className="border-l-4 border-gray-300 pl-3">
          <legend className="text-lg font-bold">{t('sentences.startSnapshot')}</legend>
          <p className="text-sm text-gray-700">{t('sentences.startSnapshotHint')}</p>
          {select('accommodation', t('sentences.accommodationLabel'), accommodationStatuses.map((a) => ({ value: a, label: t(`sentences.accommodation.${a}`) })))}
          {select('ete', t('sentences.eteLabel'), eteStatuses.map((e) => ({ value: e, label: t(`sentences.ete.${e}`) })))}
        </fieldset>
        <Button type="submit" disabled={pending}>{t('sentences.recordSave')}</Button>
      </form>
    </FormDisclosure>
  )
}
