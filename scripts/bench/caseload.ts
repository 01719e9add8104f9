import { Prisma, type PrismaClient } from '../../src/generated/prisma/client'
import type { Actor } from '../../src/server/policy'
import { officerScopeSql } from './officer-scope'
import { entry, timeInTurn, type BenchEntry } from './stats'

/**
 * The caseload reads (issue 18 item 1): page 1 and a deep page by keyset, each through the app's findCaseload (scope,
 * Limited Access, count, page of ids, row details, audit) against the bare SQL that returns the same page: the count
 * of the officer's people in their scope, and in one statement the 25 people after the boundary person (found by
 * their id, as the app's cursor names them), in scope and not limited for the officer, by name, with every column a
 * row shows (RoSH, manager, active flags, restriction rows, active sentence, next appointment, last contact, overdue
 * items); 26 people, one more to know if there is a next page, as the app picks.
 */
export async function measureCaseload(prisma: PrismaClient, actor: Actor, n: number): Promise<BenchEntry[]> {
  const { findCaseload } = await import('../../src/server/offenders/find-caseload')
  const scope = officerScopeSql(actor)
  const { me, notLimited } = scope
  const inScope = Prisma.sql`${scope.inScope} AND o."offenderManagerId" = ${me}`
  const open = Prisma.sql`c."offenderId" = o.id AND c.type = 'APPOINTMENT' AND c.outcome IS NULL AND c."cancelledAt" IS NULL`
  const bare = (afterId?: string) =>
    Promise.all([
      prisma.$queryRaw`SELECT count(*) FROM "Offender" o WHERE ${inScope}`,
      prisma.$queryRaw`
        WITH page AS (
          SELECT o.id FROM "Offender" o
          WHERE ${inScope} AND ${notLimited}
            ${afterId ? Prisma.sql`AND (o."lastName", o."firstName", o.crn) > (SELECT b."lastName", b."firstName", b.crn FROM "Offender" b WHERE b.id = ${afterId}::uuid)` : Prisma.empty}
          ORDER BY o."lastName", o."firstName", o.crn LIMIT 26)
        SELECT o.id, o.crn, o."firstName", o."lastName", o."dateOfBirth", r."overallRosh", m.name AS manager,
          (SELECT json_agg(json_build_object('type', f.type, 'level', f.level)) FROM "RiskFlag" f WHERE f."offenderId" = o.id AND f."deregisteredAt" IS NULL) AS flags,
          (SELECT json_agg(json_build_object('kind', x.kind, 'userId', x."userId")) FROM "AccessRestriction" x
            WHERE x."offenderId" = o.id AND (x.kind = 'RESTRICTION' OR x."userId" = ${me})) AS lao,
          s.type AS "sentenceType", s."expectedEndDate",
          (SELECT min(c."occurredAt") FROM "Contact" c WHERE ${open} AND c."occurredAt" >= now()) AS next,
          (SELECT max(c."occurredAt") FROM "Contact" c WHERE c."offenderId" = o.id AND c."occurredAt" <= now()) AS last,
          (SELECT count(*) FROM "Contact" c WHERE ${open} AND c."occurredAt" < now())
            + (SELECT count(*) FROM "RiskFlag" f WHERE f."offenderId" = o.id AND f."deregisteredAt" IS NULL AND f."nextReviewDate" < current_date) AS overdue
        FROM page JOIN "Offender" o ON o.id = page.id
        LEFT JOIN "RiskProfile" r ON r."offenderId" = o.id LEFT JOIN "User" m ON m.id = o."offenderManagerId"
        LEFT JOIN LATERAL (SELECT t.type, t."expectedEndDate" FROM "Sentence" t WHERE t."offenderId" = o.id AND t.status = 'ACTIVE'
          ORDER BY t."expectedEndDate", t.id LIMIT 1) s ON TRUE
        ORDER BY o."lastName", o."firstName", o.crn`,
    ])
  const first = await findCaseload(actor, { view: 'mine' })
  // A deep page by keyset: the rows after the 4,000th person (or near the end of a smaller caseload), the way
  // "Next page" reaches them.
  const skip = Math.max(0, Math.min(4000, first.total - 50))
  const deepPageNo = Math.floor(skip / 25) + 2
  const [deep] = await prisma.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM "Offender" WHERE "offenderManagerId" = ${me} ORDER BY "lastName", "firstName", crn OFFSET ${skip} LIMIT 1`
  const deepPage = await findCaseload(actor, { view: 'mine', after: deep!.id, page: deepPageNo })
  return [
    entry(`caseload page 1 (officer with ${first.total} people)`, first.rows.length, ...(await timeInTurn(n, () => findCaseload(actor, { view: 'mine' }), () => bare()))),
    entry(
      `caseload page ${deepPageNo} by keyset (after person ${skip + 1})`,
      deepPage.rows.length,
      ...(await timeInTurn(n, () => findCaseload(actor, { view: 'mine', after: deep!.id, page: deepPageNo }), () => bare(deep!.id))),
    ),
  ]
}
