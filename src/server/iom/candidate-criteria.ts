import { Prisma } from '../../generated/prisma/client'
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

/** A London date (a UTC-midnight Date) as an SQL date, so the comparison never depends on the session time zone. */
const sqlDate = (d: Date) => Prisma.sql`${d.toISOString().slice(0, 10)}::date`

/** The birth dates of a young adult today (one definition, lib/young-adult.ts): after the first, on or before the second. */
export const youngAdultBirthRange = (today: Date) => ({ after: yearsBefore(today, YOUNG_ADULT_AGES.to + 1), onOrBefore: yearsBefore(today, YOUNG_ADULT_AGES.from) })

/** Each priority group as a condition on the person `o`; a cohort that names several takes anyone in any of them. */
function priorityGroupSql(group: string, today: Date): Prisma.Sql | null {
  switch (group) {
    case 'YOUNG_ADULT': {
      const range = youngAdultBirthRange(today)
      return Prisma.sql`(o."dateOfBirth" > ${sqlDate(range.after)} AND o."dateOfBirth" <= ${sqlDate(range.onOrBefore)})`
    }
    case 'WOMEN':
      return Prisma.sql`o.sex = 'FEMALE'`
    case 'VETERAN':
      return Prisma.sql`o."isVeteran"`
    // Drug misuse shows in the record as a drug treatment requirement or a drugs offence.
    case 'DRUG_MISUSE':
      return Prisma.sql`EXISTS (SELECT 1 FROM "Sentence" s WHERE s."offenderId" = o.id AND (s."offenceCategory" = 'DRUGS'
        OR EXISTS (SELECT 1 FROM "SentenceRequirement" q WHERE q."sentenceId" = s.id AND q.kind = 'DRUG_TREATMENT')))`
    default:
      return null
  }
}

/** The first day of the look-back window in which convictions (sentences started) are counted. */
export const lookbackStart = (criteria: Pick<CohortCriteria, 'lookbackMonths'>, today: Date) => monthsBefore(today, criteria.lookbackMonths)

/**
 * A cohort's selection criteria as one SQL condition on the person `o` (a row of "Offender") and their risk profile
 * `r` (a "RiskProfile" row the caller joins; no profile means no score): a person meets ALL the
 * criteria that are set, including the count of convictions (sentences started) in the look-back window, which is a
 * correlated count in the same query (issue 18 item 2; it used to be a grouped query plus `id IN (…)`).
 * @returns `TRUE` when no criterion is set
 */
export function criteriaSql(criteria: CohortCriteria, today: Date): Prisma.Sql {
  const since = sqlDate(lookbackStart(criteria, today))
  const all: Prisma.Sql[] = []
  if (criteria.offenceTypes.length) {
    // A per-person check (a sub-select, which PostgreSQL keeps as a filter) rather than EXISTS, which it turns into a
    // join over every sentence of those types and so stops walking people by score (issue 18 item 2).
    all.push(Prisma.sql`(SELECT count(*) FROM "Sentence" s WHERE s."offenderId" = o.id AND s."offenceCategory" IN (${Prisma.join(criteria.offenceTypes.map((t) => Prisma.sql`${t}::"OffenceCategory"`))})) > 0`)
  }
  if (criteria.minConvictions === 1) all.push(Prisma.sql`EXISTS (SELECT 1 FROM "Sentence" s WHERE s."offenderId" = o.id AND s."startDate" >= ${since})`)
  if (criteria.minConvictions >= 2) all.push(Prisma.sql`(SELECT count(*) FROM "Sentence" s WHERE s."offenderId" = o.id AND s."startDate" >= ${since}) >= ${criteria.minConvictions}`)
  // On the joined row, not in a sub-select: the planner can then walk people by score (issue 18 item 2).
  if (criteria.minOgrs !== null) all.push(Prisma.sql`r."ogrs3Year2" >= ${criteria.minOgrs}::numeric`)
  const groups = criteria.priorityGroups.map((g) => priorityGroupSql(g, today)).filter((w): w is Prisma.Sql => w !== null)
  if (groups.length) all.push(Prisma.sql`(${Prisma.join(groups, ' OR ')})`)
  return all.length ? Prisma.join(all, ' AND ') : Prisma.sql`TRUE`
}
