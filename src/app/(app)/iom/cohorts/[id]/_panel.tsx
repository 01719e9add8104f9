import { getTranslations } from 'next-intl/server'
import { ActionForm } from '@/components/action-form'
import { todayInLondon } from '@/lib/dates'
import { decideCandidateAction } from '@/server/iom/actions'
import { rags } from '@/server/iom/iom-fields'
import type { TPanelLead } from '@/server/iom/leads'
import { panelDecisions } from '@/server/iom/members.schemas'
import type { Option } from '@/components/select-field'

type Props = {
  cohortId: string
  /** The database snapshot the candidate list was drawn in (findCandidates). */
  drawnAs: string
  candidates: { id: string; crn: string; firstName: string; lastName: string }[]
  leads: { police: TPanelLead[]; probation: TPanelLead[] }
}

/**
 * A lead picker's options: a lead who may lead every candidate once, and one excluded from some only in the groups of
 * the candidates they may lead, so choosing a candidate narrows the list (sec19b, issue 17).
 */
const leadChoices = (leads: TPanelLead[]): Option[] =>
  leads.flatMap((u) => (u.forCandidates ? u.forCandidates.map((group) => ({ value: u.id, label: u.name, group })) : [{ value: u.id, label: u.name }]))

/**
 * The selection panel's decision on one candidate. The leads and first RAG rating are asked for here too, since
 * a selection starts the membership at once; the domain requires them only when the panel selects. The lead pickers
 * offer, once a candidate is chosen, only staff who may lead that candidate.
 */
export async function PanelSection({ cohortId, drawnAs, candidates, leads }: Props) {
  const t = await getTranslations()
  if (candidates.length === 0) return null
  const choose = t('common.choose')
  return (
    <section aria-labelledby="panel-heading" className="mb-10 max-w-2xl">
      <h2 id="panel-heading" className="mb-3 text-2xl font-bold">{t('iomCohort.panel')}</h2>
      <p className="mb-4">{t('iomCohort.panelIntro')}</p>
      <ActionForm
        problemTitle={t('common.problem')}
        action={decideCandidateAction}
        idPrefix="panel"
        hidden={{ cohortId, drawnAs }}
        fields={[
          { kind: 'select', name: 'offenderId', label: t('iomCohort.candidate'), options: candidates.map((c) => ({ value: c.id, label: `${c.firstName} ${c.lastName} (${c.crn})` })), placeholder: choose },
          { kind: 'select', name: 'decision', label: t('iomCohort.decision'), options: panelDecisions.map((d) => ({ value: d, label: t(`iomCohort.decisionName.${d}`) })), placeholder: choose },
          { kind: 'date', name: 'panelOn', label: t('iomCohort.panelOn'), defaultValue: todayInLondon() },
          { kind: 'text', name: 'panelists', label: t('iomCohort.panelists'), hint: t('iomCohort.panelistsHint') },
          { kind: 'textarea', name: 'reason', label: t('iomCohort.reason') },
          { kind: 'select', name: 'policeLeadId', label: t('iom.policeLead'), hint: t('iomCohort.ifSelected'), options: leadChoices(leads.police), placeholder: choose, narrowBy: 'offenderId' },
          { kind: 'select', name: 'probationLeadId', label: t('iom.probationLead'), hint: t('iomCohort.ifSelected'), options: leadChoices(leads.probation), placeholder: choose, narrowBy: 'offenderId' },
          { kind: 'select', name: 'rag', label: t('iomCohort.firstRag'), hint: t('iomCohort.ifSelected'), options: rags.map((r) => ({ value: r, label: t(`iom.ragName.${r}`) })), placeholder: choose },
          { kind: 'textarea', name: 'ragReason', label: t('iomCohort.ragReason'), hint: t('iomCohort.ifSelected') },
        ]}
        submitLabel={t('iomCohort.record')}
        successMessage={t('iomCohort.recorded')}
      />
    </section>
  )
}
