import type { getTranslations } from 'next-intl/server'
import type { RequirementKind } from '@/generated/prisma/enums'
import { requirementUnit } from '@/server/sentences/sentence.schemas'

type T = Awaited<ReturnType<typeof getTranslations>>
type Requirement = { kind: RequirementKind; description: string; unitsOrdered: number | null; durationMonths: number | null; hoursPerDay: number | null; conditionCode: string | null }

/**
 * A requirement or licence condition in the reader's language, from its stored values (never stored English):
 * "Curfew: 8 hours a day for 4 months", "Unpaid work: 120 hours", a standard licence condition's wording.
 * `withUnits: false` leaves counted units out where the progress line already says them.
 */
export function requirementText(t: T, r: Requirement, withUnits = true): string {
  if (r.kind === 'LICENCE_CONDITION') {
    if (r.conditionCode === 'ADDITIONAL') return t('sentences.additionalCondition', { text: r.description })
    return r.conditionCode ? t(`sentences.condition.${r.conditionCode}`) : r.description
  }
  const label = t(`enums.requirement.${r.kind}`)
  const value =
    r.hoursPerDay !== null && r.durationMonths !== null
      ? t('sentences.curfewValue', { hours: r.hoursPerDay, months: r.durationMonths })
      : r.durationMonths !== null
        ? t('sentences.monthsValue', { months: r.durationMonths })
        : r.description || (withUnits && r.unitsOrdered !== null ? t('sentences.unitsValue', { count: r.unitsOrdered, unit: requirementUnit[r.kind] }) : '')
  return value ? `${label}: ${value}` : label
}
