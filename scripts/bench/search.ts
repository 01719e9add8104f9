import { Prisma, type PrismaClient } from '../../src/generated/prisma/client'
import type { Actor } from '../../src/server/policy'
import { officerScopeSql } from './officer-scope'
import { entry, timeInTurn, type BenchEntry } from './stats'

type Person = { id: string; crn: string; firstName: string; lastName: string; pncId: string | null }

/** A misspelling a person might type: two letters of the surname swapped ("Evans1234" → "Evnas1234"). */
const misspelt = (p: Person) => `${p.firstName} ${p.lastName.slice(0, 2)}${p.lastName[3]}${p.lastName[2]}${p.lastName.slice(4)}`

/**
 * Person search as an officer (issue 18 item 1): a misspelt name (trigram closeness), an exact CRN and a short
 * PNC form, each through the app's searchOffenders (rank, count, page of rows, audit) against the bare SQL that
 * returns the same page: the people in the officer's scope who match, closest first, 25 of them, with the total.
 */
export async function measureSearch(prisma: PrismaClient, actor: Actor, n: number): Promise<BenchEntry[]> {
  const { searchOffenders, searchOffendersByGeneralPath } = await import('../../src/server/offenders/search-offenders')
  const [person] = await prisma.$queryRaw<Person[]>`
    SELECT id::text, crn, "firstName", "lastName", "pncId" FROM "Offender"
    WHERE "offenderManagerId" = ${actor.userId}::uuid AND "pncId" IS NOT NULL ORDER BY crn LIMIT 1`
  if (!person) throw new Error('The bench data has no person with a PNC id on the officer’s caseload.')
  const { inScope, notLimited } = officerScopeSql(actor)
  const scope = Prisma.sql`${inScope} AND ${notLimited}`
  const page = (match: Prisma.Sql, score: Prisma.Sql) => prisma.$queryRaw`
    SELECT o.id, o.crn, o."firstName", o."lastName", o."dateOfBirth", r."overallRosh", count(*) OVER () AS total
    FROM "Offender" o LEFT JOIN "RiskProfile" r ON r."offenderId" = o.id
    WHERE ${match} AND ${scope}
    ORDER BY ${score} DESC, o."lastName", o."firstName", o.crn LIMIT 25`
  const q = misspelt(person)
  const folded = Prisma.sql`llwybr_fold(o."firstName" || ' ' || o."lastName")`
  const query = Prisma.sql`llwybr_fold(${q})`
  const nameSql = () => page(Prisma.sql`${folded} % ${query} AND similarity(${folded}, ${query}) > 0.35`, Prisma.sql`similarity(${folded}, ${query})`)
  const crnSql = () => page(Prisma.sql`o.crn = ${person.crn}`, Prisma.sql`1`)
  const pncSql = () => page(Prisma.sql`o."pncId" = ${person.pncId}`, Prisma.sql`1`)
  // The short form people type: two-digit year, serial without its leading zeros.
  const pnc = person.pncId!.replace(/^\d\d(\d\d)\/0*/, '$1/')
  // The general Prisma path beside the app's SQL one, in the same run: the before and after of issue 18 item 1.
  const measureOne = async (label: string, text: string, bare: () => Promise<unknown>) => {
    const result = await searchOffenders(actor, { q: text })
    return [
      entry(`person search: ${label}`, result.rows.length, ...(await timeInTurn(n, () => searchOffenders(actor, { q: text }), bare))),
      entry(`person search, general path: ${label}`, result.rows.length, ...(await timeInTurn(n, () => searchOffendersByGeneralPath(actor, { q: text }), bare))),
    ]
  }
  return [...(await measureOne(`misspelt name "${q}"`, q, nameSql)), ...(await measureOne('exact CRN', person.crn, crnSql)), ...(await measureOne(`short PNC "${pnc}"`, pnc, pncSql))]
}
