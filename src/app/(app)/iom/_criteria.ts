import type { getTranslations } from 'next-intl/server'
import { YOUNG_ADULT_AGES } from '@/lib/young-adult'

type T = Awaited<ReturnType<typeof getTranslations>>
type Criteria = { offenceTypes: string[]; minConvictions: number; lookbackMonths: number; minOgrs: number | null; priorityGroups: string[] }

/** A cohort's criteria in words, one line per criterion set (all of them must be met). */
export function criteriaLines(t: T, c: Criteria): string[] {
  const lines: string[] = []
  if (c.offenceTypes.length) lines.push(t('iom.criteriaOffences', { list: c.offenceTypes.map((o) => t(`iom.offence.${o}`)).join(', ') }))
  if (c.minConvictions > 0) lines.push(t('iom.criteriaConvictions', { count: c.minConvictions, months: c.lookbackMonths }))
  if (c.minOgrs !== null) lines.push(t('iom.criteriaOgrs', { score: c.minOgrs }))
  if (c.priorityGroups.length) lines.push(t('iom.criteriaPriority', { list: c.priorityGroups.map((g) => t(`iom.priority.${g}`, YOUNG_ADULT_AGES)).join(', ') }))
  return lines
}
