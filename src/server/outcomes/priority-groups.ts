import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { COHORT_YOUNG_ADULT_AGES } from '../../lib/young-adult'

/**
 * The Strategy's priority groups (Wales Reducing Reoffending Strategy, P2 indicators; issue 14 "Breakdowns"). A person
 * may belong to several, so group figures overlap and do not add up to the total.
 */
export const priorityGroups = ['WOMEN', 'YOUNG_ADULTS', 'VETERANS', 'HIGH_ROSH', 'MAPPA', 'IOM', 'DOMESTIC_ABUSE', 'ORGANISED_CRIME'] as const
export type PriorityGroup = (typeof priorityGroups)[number]


// Person `o`, cohort start `m.day`; young adults by the indicators' range (18–25, src/lib/young-adult.ts), aged at the start. Membership is judged on the start date where the record keeps dates (MAPPA,
// IOM, registrations, sentences); RoSH and sex are as recorded now, since their history is not kept.
const flagOn = (type: string) => Prisma.sql`EXISTS (SELECT 1 FROM "RiskFlag" f WHERE f."offenderId" = o.id AND f.type = ${type}::"RiskFlagType"
  AND f."registeredAt" <= m.day AND (f."deregisteredAt" IS NULL OR f."deregisteredAt" > m.day))`

const conditions: Record<PriorityGroup, Prisma.Sql> = {
  WOMEN: Prisma.sql`o.sex = 'FEMALE'`,
  YOUNG_ADULTS: Prisma.sql`date_part('year', age(m.day, o."dateOfBirth")) BETWEEN ${COHORT_YOUNG_ADULT_AGES.from} AND ${COHORT_YOUNG_ADULT_AGES.to}`,
  VETERANS: Prisma.sql`o."isVeteran"`,
  HIGH_ROSH: Prisma.sql`EXISTS (SELECT 1 FROM "RiskProfile" r WHERE r."offenderId" = o.id AND r."overallRosh" IN ('HIGH', 'VERY_HIGH'))`,
  MAPPA: Prisma.sql`EXISTS (SELECT 1 FROM "MappaNominal" n WHERE n."offenderId" = o.id AND n."startDate" <= m.day AND (n."endedAt" IS NULL OR n."endedAt" >= m.day))`,
  IOM: Prisma.sql`EXISTS (SELECT 1 FROM "IomMember" i WHERE i."offenderId" = o.id AND i."selectedOn" <= m.day
    AND NOT EXISTS (SELECT 1 FROM "IomMemberEvent" e WHERE e."memberId" = i.id AND e.kind = 'STATUS' AND e."toValue" = 'DESELECTED' AND e.at < m.day))`,
  DOMESTIC_ABUSE: Prisma.sql`(${flagOn('DOMESTIC_ABUSE_PERPETRATOR')} OR EXISTS (SELECT 1 FROM "Sentence" s WHERE s."offenderId" = o.id
    AND s."offenceCategory" = 'DOMESTIC_ABUSE' AND s."startDate" <= m.day))`,
  ORGANISED_CRIME: flagOn('GANGS'),
}

/** The SQL condition that person `o` was in the group at cohort start `m.day`. */
export const inPriorityGroup = (group: PriorityGroup): Prisma.Sql => conditions[group]

/** One row per group the person was in at cohort start, as `g(key)`: for a breakdown by priority group. */
export const priorityGroupRows = () =>
  Prisma.sql`CROSS JOIN LATERAL (VALUES ${Prisma.join(priorityGroups.map((g) => Prisma.sql`(${g}, ${conditions[g]})`))}) AS g(key, member)`
