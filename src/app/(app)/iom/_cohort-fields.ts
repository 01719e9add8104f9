import type { getTranslations } from 'next-intl/server'
import type { FieldSpec } from '@/components/action-form'
import { localisedName } from '@/lib/localised'
import { YOUNG_ADULT_AGES } from '@/lib/young-adult'
import { priorityGroups } from '@/server/iom/candidate-criteria'
import { offenceCategories, strands } from '@/server/iom/iom-fields'

type T = Awaited<ReturnType<typeof getTranslations>>
type Cohort = { strand: string; name: string; nameCy: string | null; offenceTypes: string[]; minConvictions: number; lookbackMonths: number; minOgrs: number | null; priorityGroups: string[]; reviewEveryWeeks: number; lduId: string | null; localAuthorityIds: string[] }
type Place = { id: string; name: string; nameCy: string | null }
/** The LDUs and local authorities of the force area a cohort may be narrowed to (issue 15 item 17). */
export type AreaChoices = { ldus: Place[]; localAuthorities: Place[] }

/** The criteria form, blank for a new cohort or filled from an existing one; `locale` names the places. */
export function cohortFields(t: T, areas: AreaChoices, locale: string, c?: Cohort): FieldSpec[] {
  const options = (places: Place[]) => places.map((p) => ({ value: p.id, label: localisedName(p, locale) }))
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
    { kind: 'select', name: 'lduId', label: t('roleCohort.ldu'), hint: t('roleCohort.lduHint'), options: options(areas.ldus), placeholder: t('roleCohort.wholeArea'), defaultValue: c?.lduId ?? '' },
    { kind: 'checkboxes', name: 'localAuthorityIds', label: t('roleCohort.localAuthorities'), hint: t('roleCohort.localAuthoritiesHint'), options: options(areas.localAuthorities), defaultValue: c?.localAuthorityIds.join(',') },
  ]
}

/** Where a cohort's candidates come from, in words: its LDU and local authorities, or the whole force area. */
export function cohortAreaLine(t: T, c: Pick<Cohort, 'lduId' | 'localAuthorityIds'>, areas: AreaChoices, locale: string): string {
  const named = (places: Place[], ids: string[]) => places.filter((p) => ids.includes(p.id)).map((p) => localisedName(p, locale))
  const parts = [...named(areas.ldus, c.lduId ? [c.lduId] : []), ...named(areas.localAuthorities, c.localAuthorityIds)]
  return parts.length ? parts.join(', ') : t('roleCohort.wholeArea')
}
