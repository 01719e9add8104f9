import type { Prisma } from '../../generated/prisma/client'
import type { OffenceCategory } from '../../generated/prisma/enums'
import { YOUNG_ADULT_AGES } from '../../lib/young-adult'
import { monthsBefore, yearsBefore } from './review-cadence'

/** IOM Cymru priority groups a cohort may select on. */
export const priorityGroups = ['YOUNG_ADULT', 'WOMEN', 'VETERAN', 'DRUG_MISUSE'] as const
export type PriorityGroup = (typeof priorityGroups)[number]

export type CohortCriteria = {
  offenceTypes: OffenceCategory[]
  minConvictions: number
  lookbackMonths: number
  minOgrs: number | null
  priorityGroups: string[]
}

/** Each priority group as a condition on the person; a cohort that names several takes anyone in any of them. */
function priorityGroupWhere(group: string, today: Date): Prisma.OffenderWhereInput | null {
  switch (group) {
    // Young adults (one definition, lib/young-adult.ts): born after the day (to + 1) years ago, no later than `from` years ago.
    case 'YOUNG_ADULT':
      return { dateOfBirth: { gt: yearsBefore(today, YOUNG_ADULT_AGES.to + 1), lte: yearsBefore(today, YOUNG_ADULT_AGES.from) } }
    case 'WOMEN':
      return { sex: 'FEMALE' }
    case 'VETERAN':
      return { isVeteran: true }
    // Drug misuse shows in the record as a drug treatment requirement or a drugs offence.
    case 'DRUG_MISUSE':
      return { sentences: { some: { OR: [{ offenceCategory: 'DRUGS' }, { requirements: { some: { kind: 'DRUG_TREATMENT' } } }] } } }
    default:
      return null
  }
}

/** The first day of the look-back window in which convictions (sentences started) are counted. */
export const lookbackStart = (criteria: Pick<CohortCriteria, 'lookbackMonths'>, today: Date) => monthsBefore(today, criteria.lookbackMonths)

/**
 * A cohort's selection criteria as one Prisma condition: a person meets ALL the criteria that are set. A minimum of
 * one conviction is a plain `some`; counting two or more needs a grouped query (see candidates.ts), so it is not here.
 */
export function criteriaWhere(criteria: CohortCriteria, today: Date): Prisma.OffenderWhereInput {
  const all: Prisma.OffenderWhereInput[] = []
  if (criteria.offenceTypes.length) all.push({ sentences: { some: { offenceCategory: { in: criteria.offenceTypes } } } })
  if (criteria.minConvictions >= 1) all.push({ sentences: { some: { startDate: { gte: lookbackStart(criteria, today) } } } })
  if (criteria.minOgrs !== null) all.push({ riskProfile: { is: { ogrs3Year2: { gte: criteria.minOgrs } } } })
  const groups = criteria.priorityGroups.map((g) => priorityGroupWhere(g, today)).filter((w): w is Prisma.OffenderWhereInput => w !== null)
  if (groups.length) all.push({ OR: groups })
  return { AND: all }
}
