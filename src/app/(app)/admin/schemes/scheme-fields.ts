import type { FieldSpec } from '@/components/action-form'
import { localisedOptions } from '@/lib/localised'
import { regions } from '@/server/agencies/agency.schemas'
import { FUNDING_PERIODS, schemeFunders, schemeServes } from '@/server/schemes/scheme.schemas'

type T = (key: string, values?: Record<string, string | number>) => string
type Named = { id: string; name: string; nameCy: string | null }
export type SchemeTargets = { providers: Named[]; cohorts: Named[]; services: Named[] }
export type SchemeValues = {
  name: string; nameCy: string | null; funder: string; funderName: string; funderNameCy: string | null; region: string; serves: string
  providerAgencyId: string | null; iomCohortId: string | null; partnerServiceId: string | null
  fundings: { startsOn: Date; endsOn: Date; amountPence: number }[]
}

const day = (d: Date | undefined) => d?.toISOString().slice(0, 10) ?? ''
const pounds = (pence: number | undefined) => (pence === undefined ? '' : (pence / 100).toFixed(pence % 100 ? 2 : 0))

/** The scheme form's fields (issue 14 item A), shared by setting up and changing a scheme; `current` fills them. */
export function schemeFields(t: T, locale: string, targets: SchemeTargets, current?: SchemeValues): FieldSpec[] {
  const f = (key: string, values?: Record<string, string | number>) => t(`outcomesSchemes.admin.fields.${key}`, values)
  const choose = (name: string, items: Named[], value: string | null | undefined): FieldSpec => ({
    kind: 'select', name, label: f(name), hint: f('targetHint'), placeholder: t('common.choose'), options: localisedOptions(items, locale), defaultValue: value ?? '',
  })
  const periods = Array.from({ length: FUNDING_PERIODS }, (_, k): FieldSpec[] => {
    const n = k + 1
    const p = current?.fundings[k]
    const hint = n > 1 ? f('laterPeriod', { n }) : undefined
    return [
      { kind: 'date', name: `from${n}`, label: f('from', { n }), hint, defaultValue: day(p?.startsOn) },
      { kind: 'date', name: `to${n}`, label: f('to', { n }), defaultValue: day(p?.endsOn) },
      { kind: 'text', name: `amount${n}`, label: f('amount', { n }), hint: f('amountHint'), defaultValue: pounds(p?.amountPence) },
    ]
  }).flat()
  return [
    { kind: 'text', name: 'name', label: f('name'), defaultValue: current?.name },
    { kind: 'text', name: 'nameCy', label: f('nameCy'), defaultValue: current?.nameCy ?? '' },
    { kind: 'select', name: 'funder', label: f('funder'), placeholder: t('common.choose'), options: schemeFunders.map((v) => ({ value: v, label: t(`outcomesSchemes.funders.${v}`) })), defaultValue: current?.funder },
    { kind: 'text', name: 'funderName', label: f('funderName'), hint: f('funderNameHint'), defaultValue: current?.funderName },
    { kind: 'text', name: 'funderNameCy', label: t('outcomesMore.funderNameCy'), hint: t('outcomesMore.funderNameCyHint'), defaultValue: current?.funderNameCy ?? '' },
    { kind: 'select', name: 'region', label: f('region'), placeholder: t('common.choose'), options: regions.map((r) => ({ value: r, label: t(`enums.region.${r}`) })), defaultValue: current?.region },
    { kind: 'select', name: 'serves', label: f('serves'), placeholder: t('common.choose'), options: schemeServes.map((v) => ({ value: v, label: t(`outcomesSchemes.servesKinds.${v}`) })), defaultValue: current?.serves },
    choose('providerAgencyId', targets.providers, current?.providerAgencyId),
    choose('iomCohortId', targets.cohorts, current?.iomCohortId),
    choose('partnerServiceId', targets.services, current?.partnerServiceId),
    ...periods,
  ]
}
