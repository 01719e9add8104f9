import type { RequirementKind } from '../../generated/prisma/enums'
import type { TRequirements } from './court-outcome.schemas'

/**
 * The standard licence conditions every licence carries (Criminal Justice (Sentencing) (Licence Conditions) Order 2015,
 * art. 3, as amended): stored by code and worded by the catalogue in the reader's language.
 */
export const standardLicenceConditions = [
  'GOOD_BEHAVIOUR',
  'NO_OFFENCE',
  'KEEP_IN_TOUCH',
  'RECEIVE_VISITS',
  'APPROVED_ADDRESS',
  'APPROVED_WORK',
  'NO_TRAVEL_ABROAD',
  'NAME_AND_CONTACT_DETAILS',
] as const

export type RequirementRow = {
  kind: RequirementKind
  description: string
  unitsOrdered: number | null
  durationMonths: number | null
  hoursPerDay: number | null
  conditionCode: string | null
}

const row = (kind: RequirementKind, values: Partial<Omit<RequirementRow, 'kind'>>): RequirementRow => ({
  kind,
  description: '',
  unitsOrdered: null,
  durationMonths: null,
  hoursPerDay: null,
  conditionCode: null,
  ...values,
})

/**
 * The rows an order's requirements become. Counted units (hours, days, sessions) go in unitsOrdered, so the
 * existing progress recording works on them; months and hours a day are values, never English text.
 */
export function requirementRows(r: TRequirements): RequirementRow[] {
  const rows: RequirementRow[] = []
  if (r.UNPAID_WORK) rows.push(row('UNPAID_WORK', { unitsOrdered: r.UNPAID_WORK.hours }))
  if (r.REHABILITATION_ACTIVITY) rows.push(row('REHABILITATION_ACTIVITY', { unitsOrdered: r.REHABILITATION_ACTIVITY.days }))
  if (r.ACCREDITED_PROGRAMME) rows.push(row('ACCREDITED_PROGRAMME', { unitsOrdered: r.ACCREDITED_PROGRAMME.sessions }))
  for (const kind of ['DRUG_TREATMENT', 'ALCOHOL_TREATMENT', 'MENTAL_HEALTH_TREATMENT'] as const) {
    const t = r[kind]
    if (t) rows.push(row(kind, { durationMonths: t.months }))
  }
  if (r.CURFEW) rows.push(row('CURFEW', { durationMonths: r.CURFEW.months, hoursPerDay: r.CURFEW.hoursPerDay }))
  for (const kind of ['EXCLUSION', 'RESIDENCE', 'PROHIBITED_ACTIVITY'] as const) {
    const t = r[kind]
    if (t) rows.push(row(kind, { description: t.details }))
  }
  return rows
}

/** A custodial sentence's licence: the standard set, then each additional condition with its own text. */
export function licenceConditionRows(additional: string[]): RequirementRow[] {
  return [
    ...standardLicenceConditions.map((code) => row('LICENCE_CONDITION', { conditionCode: code })),
    ...additional.map((text) => row('LICENCE_CONDITION', { conditionCode: 'ADDITIONAL', description: text })),
  ]
}
