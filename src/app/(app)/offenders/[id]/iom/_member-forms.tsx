import type { ReactNode } from 'react'
import { getTranslations } from 'next-intl/server'
import { ActionForm } from '@/components/action-form'
import { todayInLondon } from '@/lib/dates'
import { changeRagAction, changeStatusAction, recordReviewAction, setArrangementsAction, updateJointPlanAction } from '@/server/iom/actions'
import { memberStatuses, rags } from '@/server/iom/iom-fields'
import { arrangementFlags } from '@/server/iom/members.schemas'
import { addWeeks } from '@/server/iom/review-cadence'

export type Leads = { police: { id: string; name: string }[]; probation: { id: string; name: string }[] }
type Member = {
  id: string; version: number; rag: string; status: string; jointPlan: string | null; drugTesting: boolean; electronicMonitoring: boolean
  policeLeadId: string | null; probationLeadId: string | null; cohort: { reviewEveryWeeks: number }
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-8">
      <h3 id={id} className="mb-2 text-xl font-bold">{title}</h3>
      {children}
    </section>
  )
}

/** The changes IOM staff make to a current member; every form carries the version it was drawn from. */
export async function MemberForms({ offenderId, member: m, leads }: { offenderId: string; member: Member; leads: Leads }) {
  const t = await getTranslations()
  const hidden = { memberId: m.id, version: m.version, offenderId }
  const common = { problemTitle: t('common.problem'), hidden }
  const ragOptions = rags.map((r) => ({ value: r, label: t(`iom.ragName.${r}`) }))
  const today = todayInLondon()
  const nextDue = addWeeks(new Date(`${today}T00:00:00Z`), m.cohort.reviewEveryWeeks).toISOString().slice(0, 10)
  const key = (name: string) => `${name}-${m.id}`
  return (
    <>
      <Part id={key('review-h')} title={t('iomMember.review')}>
        <ActionForm {...common} action={recordReviewAction} idPrefix={key('review')} submitLabel={t('iomMember.review')} successMessage={t('iomMember.reviewRecorded')} fields={[
          { kind: 'date', name: 'reviewedOn', label: t('iomMember.reviewedOn'), defaultValue: today },
          { kind: 'textarea', name: 'notes', label: t('iomMember.notes') },
          { kind: 'select', name: 'rag', label: t('iomMember.reviewRag'), options: ragOptions, defaultValue: m.rag },
          { kind: 'textarea', name: 'ragReason', label: t('iomMember.reviewRagReason'), hint: t('iomMember.reviewRagReasonHint') },
          { kind: 'date', name: 'nextReviewOn', label: t('iom.nextReview'), hint: t('iomMember.nextReviewHint', { weeks: m.cohort.reviewEveryWeeks }), defaultValue: nextDue },
        ]} />
      </Part>
      <Part id={key('rag-h')} title={t('iomMember.changeRag')}>
        <ActionForm {...common} action={changeRagAction} idPrefix={key('rag')} submitLabel={t('iomMember.changeRag')} successMessage={t('iomMember.ragChanged')} fields={[
          { kind: 'select', name: 'rag', label: t('iom.rag'), options: ragOptions, defaultValue: m.rag },
          { kind: 'textarea', name: 'reason', label: t('iomMember.ragChangeReason') },
        ]} />
      </Part>
      <Part id={key('plan-h')} title={t('iomMember.planEdit')}>
        <ActionForm {...common} action={updateJointPlanAction} idPrefix={key('plan')} submitLabel={t('iomMember.planSave')} successMessage={t('iomMember.planSaved')} fields={[
          { kind: 'textarea', name: 'jointPlan', label: t('iomMember.jointPlan'), hint: t('iomMember.planHint'), defaultValue: m.jointPlan ?? '' },
        ]} />
      </Part>
      <Part id={key('arrangements-h')} title={t('iomMember.arrangements')}>
        <ActionForm {...common} action={setArrangementsAction} idPrefix={key('arrangements')} submitLabel={t('iomMember.saveArrangements')} successMessage={t('iomMember.arrangementsSaved')} fields={[
          // An empty list says why, and what to do (walk 68 F3: a restricted member's form could not be saved, unexplained).
          { kind: 'select', name: 'policeLeadId', label: t('iom.policeLead'), hint: leads.police.length ? undefined : t('iomMember.noLeadMaySee'), options: leads.police.map((u) => ({ value: u.id, label: u.name })), placeholder: t('common.choose'), defaultValue: m.policeLeadId ?? '' },
          { kind: 'select', name: 'probationLeadId', label: t('iom.probationLead'), hint: leads.probation.length ? undefined : t('iomMember.noLeadMaySee'), options: leads.probation.map((u) => ({ value: u.id, label: u.name })), placeholder: t('common.choose'), defaultValue: m.probationLeadId ?? '' },
          { kind: 'checkboxes', name: 'flags', label: t('iom.flags'), options: arrangementFlags.map((f) => ({ value: f, label: t(`iom.${f}`) })), defaultValue: arrangementFlags.filter((f) => m[f]).join(',') },
        ]} />
      </Part>
      <Part id={key('status-h')} title={t('iomMember.changeStatus')}>
        <ActionForm {...common} action={changeStatusAction} idPrefix={key('status')} submitLabel={t('iomMember.changeStatus')} successMessage={t('iomMember.statusChanged')} variant="warning" fields={[
          { kind: 'select', name: 'status', label: t('iom.status'), options: memberStatuses.filter((s) => s !== m.status).map((s) => ({ value: s, label: t(`iom.statusName.${s}`) })), placeholder: t('common.choose') },
          { kind: 'textarea', name: 'reason', label: t('iomMember.statusReason'), hint: t('iomMember.statusReasonHint') },
        ]} />
      </Part>
    </>
  )
}
