import { getTranslations } from 'next-intl/server'
import { ActionForm, type FieldSpec, type FormState } from '@/components/action-form'
import { dateToLondonLocal } from '@/lib/dates'
import { addProgressNoteAction, closeReferralAction, decideReferralAction, recordAssessmentAction, recordFirstAppointmentAction, startCarePlanAction } from '@/server/partners/actions'
import { closingStage, outcomesByStage } from '@/server/partners/closing-outcomes'

type Referral = { id: string; version: number; firstAppointmentAt: Date | null; assessedOn: Date | null; carePlanStartedOn: Date | null }
type Step = { id: string; title: string; action: (prev: FormState, form: FormData) => Promise<FormState>; fields: FieldSpec[]; submit: string; done: string; versioned?: boolean; variant?: 'warning' }

/** One step of the work as its own titled form, so each is a landmark a screen-reader user can jump to. */
async function StepSection({ referral, step }: { referral: Referral; step: Step }) {
  const t = await getTranslations('common')
  const hidden: Record<string, string | number> = step.versioned === false ? { referralId: referral.id } : { referralId: referral.id, version: referral.version }
  return (
    <section aria-labelledby={`${step.id}-heading`} className="mb-10 max-w-2xl">
      <h2 id={`${step.id}-heading`} className="mb-3 text-2xl font-bold">{step.title}</h2>
      <ActionForm problemTitle={t('problem')} action={step.action} idPrefix={step.id} hidden={hidden} fields={step.fields} submitLabel={step.submit} successMessage={step.done} variant={step.variant} />
    </section>
  )
}

/** A new referral: accepting makes the caseworker its caseworker; rejecting needs a reason the offender manager reads. */
export async function DecideSection({ referral }: { referral: Referral }) {
  const t = await getTranslations()
  return (
    <section aria-labelledby="decide-heading" className="mb-10 max-w-2xl">
      <h2 id="decide-heading" className="mb-3 text-2xl font-bold">{t('partnerWork.decide')}</h2>
      <ActionForm problemTitle={t('common.problem')} action={decideReferralAction} idPrefix="accept" hidden={{ referralId: referral.id, version: referral.version, decision: 'ACCEPTED' }} fields={[]} submitLabel={t('partnerWork.accept')} successMessage={t('partnerWork.accepted')} />
      <div className="mt-8">
        <ActionForm problemTitle={t('common.problem')} action={decideReferralAction} idPrefix="reject" hidden={{ referralId: referral.id, version: referral.version, decision: 'REJECTED' }}
          fields={[{ kind: 'textarea', name: 'reason', label: t('partnerWork.rejectReason') }]} submitLabel={t('partnerWork.reject')} successMessage={t('partnerWork.rejected')} variant="warning" />
      </div>
    </section>
  )
}

/** The work on an accepted referral, in the order it happens: appointment, assessment, care plan, progress, outcome. */
export async function WorkSections({ referral }: { referral: Referral }) {
  const t = await getTranslations('partnerWork')
  const tr = await getTranslations('partnerReferral')
  const tc = await getTranslations('partnerClose')
  // Only the outcomes that fit how far the referral has got (issue 15 item 16); the server refuses the others.
  const stage = closingStage({ ...referral, status: 'ACCEPTED' }, new Date())
  const steps: Step[] = [
    { id: 'appointment', title: t('appointment'), action: recordFirstAppointmentAction, submit: t('saveAppointment'), done: t('appointmentSaved'),
      fields: [{ kind: 'datetime', name: 'appointmentAt', label: t('appointmentAt'), defaultValue: referral.firstAppointmentAt ? dateToLondonLocal(referral.firstAppointmentAt) : '' }] },
    ...(referral.assessedOn ? [] : [{ id: 'assessment', title: t('assessment'), action: recordAssessmentAction, submit: t('saveAssessment'), done: t('assessmentSaved'),
      fields: [{ kind: 'date', name: 'assessedOn', label: t('assessedOn') }, { kind: 'textarea', name: 'note', label: t('assessmentNote') }] } satisfies Step]),
    ...(referral.assessedOn && !referral.carePlanStartedOn ? [{ id: 'care-plan', title: t('carePlan'), action: startCarePlanAction, submit: t('saveCarePlan'), done: t('carePlanSaved'),
      fields: [{ kind: 'textarea', name: 'carePlan', label: t('carePlanText') }, { kind: 'date', name: 'startedOn', label: t('carePlanStart') }] } satisfies Step] : []),
    { id: 'progress', title: t('progress'), action: addProgressNoteAction, submit: t('saveProgress'), done: t('progressSaved'), versioned: false,
      fields: [{ kind: 'textarea', name: 'note', label: t('progressNote') }] },
    { id: 'close', title: t('close'), action: closeReferralAction, submit: t('saveClose'), done: t('closedSaved'),
      fields: [
        { kind: 'select', name: 'outcome', label: t('outcome'), hint: stage === 'NOT_ENGAGED' ? tc('notEngagedHint') : undefined, options: outcomesByStage[stage].map((o) => ({ value: o, label: tr(`outcome.${o}`) })), placeholder: (await getTranslations('common'))('choose') },
        { kind: 'textarea', name: 'outcomeNote', label: t('outcomeNote') },
      ] },
  ]
  return <>{steps.map((step) => <StepSection key={step.id} referral={referral} step={step} />)}</>
}
