import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import { ActionForm, type FieldSpec } from '@/components/action-form'
import { todayInLondon } from '@/lib/dates'
import { recordCustodyEventAction, terminateSentenceAction, varySentenceAction } from '@/server/sentences/actions'
import { accommodationStatuses, eteStatuses, requirementInputKinds } from '@/server/sentences/court-outcome.schemas'
import { terminationReasons } from '@/server/sentences/changes.schemas'
import type { SentenceEntry } from '@/server/sentences/get-sentences'
import { recallTypes, releaseTypes, variedOrderTypes } from '@/server/sentences/variation.schemas'
import { requirementText } from './requirement-text'

type T = Awaited<ReturnType<typeof getTranslations>>
export type CustodyState = 'IN_CUSTODY' | 'RELEASED' | 'RECALLED'

const snapshotFields = (t: T, hint: string): FieldSpec[] => [
  { kind: 'select', name: 'accommodation', label: t('sentences.accommodationLabel'), hint, placeholder: t('common.choose'), options: accommodationStatuses.map((a) => ({ value: a, label: t(`sentences.accommodation.${a}`) })) },
  { kind: 'select', name: 'ete', label: t('sentences.eteLabel'), placeholder: t('common.choose'), options: eteStatuses.map((e) => ({ value: e, label: t(`sentences.ete.${e}`) })) },
]

/** The changes an active sentence allows: vary (community orders), release/recall/return (custody), and ending it. */
export async function SentenceChangeForms({ s, custodyState }: { s: SentenceEntry; custodyState: CustodyState | null }) {
  const t = await getTranslations()
  const today = todayInLondon()
  const hidden = { sentenceId: s.id, version: s.version }
  // Each change behind its own disclosure, which a refusal opens also without the page's script (walk 55 F1).
  const form = (idPrefix: string, action: typeof varySentenceAction, extraHidden: Record<string, string>, submitLabel: string, successMessage: string, fields: FieldSpec[], disclosure: { summary: string; intro?: ReactNode }, variant?: 'warning') => (
    <ActionForm action={action} idPrefix={`${idPrefix}-${s.id}`} hidden={{ ...hidden, ...extraHidden }} problemTitle={t('common.problem')} submitLabel={submitLabel} successMessage={successMessage} fields={fields} variant={variant} disclosure={{ ...disclosure, look: 'link' }} />
  )
  const on = (label: string): FieldSpec => ({ kind: 'date', name: 'on', label, defaultValue: today })
  const current = s.requirements.filter((r) => r.kind !== 'LICENCE_CONDITION' && !r.removedOn)
  const custody = { summary: t('sentences.custody'), intro: custodyState && <p className="mb-2">{t('sentences.custodyState', { state: custodyState })}</p> }
  return (
    <>
      {custodyState === null && variedOrderTypes.includes(s.type) && (
        <>
          <h4 className="mt-3 font-bold">{t('sentences.vary')}</h4>
          {form('add', varySentenceAction, { change: 'ADD_REQUIREMENT' }, t('sentences.addRequirement'), t('sentences.varySaved'), [
            { kind: 'select', name: 'kind', label: t('sentences.kindLabel'), placeholder: t('common.choose'), options: requirementInputKinds.map((k) => ({ value: k, label: t(`enums.requirement.${k}`) })) },
            { kind: 'text', name: 'amount', label: t('sentences.amount'), hint: t('sentences.amountHint') },
            { kind: 'text', name: 'hoursPerDay', label: t('sentences.hoursPerDayOptional') },
            { kind: 'text', name: 'details', label: t('sentences.detailsOptional') },
            on(t('sentences.varyOn')),
          ], { summary: t('sentences.addRequirement') })}
          {current.length > 0 &&
            form('remove', varySentenceAction, { change: 'REMOVE_REQUIREMENT' }, t('sentences.removeRequirement'), t('sentences.varySaved'), [
              { kind: 'select', name: 'requirementId', label: t('sentences.requirementToRemove'), placeholder: t('common.choose'), options: current.map((r) => ({ value: r.id, label: requirementText(t, r) })) },
              on(t('sentences.varyOn')),
            ], { summary: t('sentences.removeRequirement') })}
          {form('extend', varySentenceAction, { change: 'EXTEND' }, t('sentences.extend'), t('sentences.varySaved'), [{ kind: 'text', name: 'extendMonths', label: t('sentences.extendMonths') }, on(t('sentences.varyOn'))], { summary: t('sentences.extend') })}
        </>
      )}
      {custodyState === 'IN_CUSTODY' &&
        form('release', recordCustodyEventAction, { event: 'RELEASED' }, t('sentences.recordRelease'), t('sentences.custodySaved'), [
          on(t('sentences.eventOn')),
          { kind: 'select', name: 'releaseType', label: t('sentences.releaseTypeLabel'), placeholder: t('common.choose'), options: releaseTypes.map((r) => ({ value: r, label: t(`sentences.releaseType.${r}`) })) },
          ...snapshotFields(t, t('sentences.releaseSnapshotHint')),
        ], custody)}
      {custodyState === 'RELEASED' &&
        form('recall', recordCustodyEventAction, { event: 'RECALLED' }, t('sentences.recordRecall'), t('sentences.custodySaved'), [
          on(t('sentences.eventOn')),
          { kind: 'select', name: 'recallType', label: t('sentences.recallTypeLabel'), placeholder: t('common.choose'), options: recallTypes.map((r) => ({ value: r, label: t(`sentences.recallType.${r}`) })) },
          { kind: 'textarea', name: 'reason', label: t('sentences.recallReason') },
        ], custody, 'warning')}
      {custodyState === 'RECALLED' && form('return', recordCustodyEventAction, { event: 'RETURNED_TO_CUSTODY' }, t('sentences.recordReturn'), t('sentences.custodySaved'), [on(t('sentences.eventOn'))], custody)}
      {form('terminate', terminateSentenceAction, {}, t('sentences.terminateSave'), t('sentences.terminateSaved'), [
        { kind: 'select', name: 'reason', label: t('sentences.reasonLabel'), placeholder: t('common.choose'), options: terminationReasons.map((r) => ({ value: r, label: t(`sentences.reason.${r}`) })) },
        { kind: 'date', name: 'terminatedOn', label: t('sentences.terminatedOn'), defaultValue: today },
        ...snapshotFields(t, t('sentences.snapshotHint')),
      ], { summary: t('sentences.terminate') }, 'warning')}
    </>
  )
}
