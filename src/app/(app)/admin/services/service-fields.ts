import type { FieldSpec } from '@/components/action-form'
import { localisedOptions } from '@/lib/localised'
import { regions } from '@/server/agencies/agency.schemas'
import { pathways } from '@/server/plan/plan.schemas'
import { serviceSexes } from '@/server/partners/services.schemas'

type T = (key: string, values?: Record<string, string | number>) => string
type Provider = { id: string; name: string; nameCy: string | null }
export type ServiceValues = {
  providerAgencyId: string
  name: string
  nameCy: string | null
  description: string | null
  pathways: string[]
  regions: string[]
  eligibleSex: string
  minAge: number | null
  maxAge: number | null
  substanceMisuse: boolean
  contactEmail: string
  contactPhone: string | null
}

/** The directory form's fields, shared by adding and editing a service; `current` fills them when editing. */
export function serviceFields(t: T, locale: string, providers: Provider[], current?: ServiceValues): FieldSpec[] {
  return [
    { kind: 'select', name: 'providerAgencyId', label: t('partnerDirectory.provider'), options: localisedOptions(providers, locale), placeholder: t('common.choose'), defaultValue: current?.providerAgencyId },
    { kind: 'text', name: 'name', label: t('partnerDirectory.nameEn'), defaultValue: current?.name },
    { kind: 'text', name: 'nameCy', label: t('partnerDirectory.nameCy'), defaultValue: current?.nameCy ?? '' },
    { kind: 'textarea', name: 'description', label: t('partnerDirectory.description'), defaultValue: current?.description ?? '' },
    { kind: 'checkboxes', name: 'pathways', label: t('partnerDirectory.pathways'), options: pathways.map((p) => ({ value: p, label: t(`plan.pathway.${p}`) })), defaultValue: current?.pathways.join(',') },
    { kind: 'checkboxes', name: 'regions', label: t('partnerDirectory.regions'), options: regions.map((r) => ({ value: r, label: t(`enums.region.${r}`) })), defaultValue: current?.regions.join(',') },
    { kind: 'select', name: 'eligibleSex', label: t('partnerDirectory.eligibleSex'), options: serviceSexes.map((s) => ({ value: s, label: t(`partnerDirectory.sex.${s}`) })), defaultValue: current?.eligibleSex ?? 'ANY' },
    { kind: 'text', name: 'minAge', label: t('partnerDirectory.minAge'), defaultValue: current?.minAge?.toString() ?? '' },
    { kind: 'text', name: 'maxAge', label: t('partnerDirectory.maxAge'), defaultValue: current?.maxAge?.toString() ?? '' },
    { kind: 'checkboxes', name: 'substanceMisuse', label: t('partnerDirectory.substanceMisuse'), options: [{ value: 'on', label: t('partnerDirectory.substanceMisuseOption') }], defaultValue: current?.substanceMisuse ? 'on' : '' },
    { kind: 'text', name: 'contactEmail', label: t('partnerDirectory.contactEmail'), defaultValue: current?.contactEmail },
    { kind: 'text', name: 'contactPhone', label: t('partnerDirectory.contactPhone'), defaultValue: current?.contactPhone ?? '' },
  ]
}

/** Who a service is for, in words: sex and age range. */
export function eligibilityText(t: T, s: { eligibleSex: string; minAge: number | null; maxAge: number | null }): string {
  const sex = t(`partnerDirectory.sex.${s.eligibleSex}`)
  if (s.minAge !== null && s.maxAge !== null) return t('partnerDirectory.ages', { sex, min: s.minAge, max: s.maxAge })
  if (s.minAge !== null) return t('partnerDirectory.agesFrom', { sex, min: s.minAge })
  if (s.maxAge !== null) return t('partnerDirectory.agesTo', { sex, max: s.maxAge })
  return t('partnerDirectory.anyAge', { sex })
}
