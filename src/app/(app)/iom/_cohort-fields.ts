import type { getTranslations } from 'next-intl/server'
import type { FieldSpec } from '@/components/action-form'
import { YOUNG_ADULT_AGES } from '@/lib/young-adult'
import { priorityGroups } from '@/server/iom/candidate-criteria'
import { offenceCategories, strands } from '@/server/iom/iom-fields'

type T = Awaited<ReturnType<typeof getTranslations>>
type Cohort = { strand: string; name: string; nameCy: string | null; offenceTypes: string[]; minConvictions: number; lookbackMonths: number; minOgrs: number | null; priorityGroups: string[]; reviewEveryWeeks: number }

/** The criteria form, blank for a new cohort or filled from an existing one. */
export function cohortFields(t: T, c?: Cohort): FieldSpec[] {
  return [
    { kind: 'text', name: 'name', label: t('iomCohort.name'), defaultValue: c?.name },
    { kind: 'text', name: 'nameCy', label: t('iomCohort.nameCy'), defaultValue: c?.nameCy ?? '' },
    { kind: 'select', name: 'strand', label: t('iom.strand'), hint: t('iomCohort.strandHint'), options: strands.map((s) => ({ value: s, label: t(`iom.strandName.${s}`) })), placeholder: t('common.choose'), defaultValue: c?.strand },
    { kind: 'checkboxes', name: 'offenceTypes', label: t('iomCohort.offenceTypes'), hint: t('iomCohort.offenceTypesHint'), options: offenceCategories.map((o) => ({ value: o, label: t(`iom.offence.${o}`) })), defaultValue: c?.offenceTypes.join(',') },
    { kind: 'text', name: 'minConvictions', label: t('iomCohort.minConvictions'), hint: t('iomCohort.minConvictionsHint'), defaultValue: String(c?.minConvictions ?? 0) },
    { kind: 'text', name: 'lookbackMonths', label: t('iomCohort.lookbackMonths'), hint: t('iomCohort.lookbackHint'), defaultValue: String(c?.lookbackMonths ?? 12) },
    { kind: 'text', name: 'minOgrs', label: t('iomCohort.minOgrs'), hint: t('iomCohort.minOgrsHint'), defaultValue: c?.minOgrs === null || c?.minOgrs === undefined ? '' : String(c.minOgrs) },
    { kind: 'checkboxes', name: 'priorityGroups', label: t('iomCohort.priorityGroups'), hint: t('iomCohort.priorityGroupsHint'), options: priorityGroups.map((g) => ({ value: g, label: t(`iom.priority.${g}`, YOUNG_ADULT_AGES) })), defaultValue: c?.priorityGroups.join(',') },
    { kind: 'text', name: 'reviewEveryWeeks', label: t('iomCohort.reviewEveryWeeks'), hint: t('iomCohort.reviewEveryHint'), defaultValue: String(c?.reviewEveryWeeks ?? 4) },
  ]
}
