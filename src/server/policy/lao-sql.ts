import { Prisma } from '../../generated/prisma/client'
import type { Actor } from './actor'

/**
 * laoVisible (scopes.ts) as an SQL condition on the person whose id is the column `offenderId`, for the reads written
 * in SQL (issue 18 item 2, the IOM candidate list). The same rule (security.md AC-5): not excluded, and either no
 * restriction list or named on it. Keep the two in step; the integration tests run both against the same people.
 */
export function laoVisibleSql(actor: Actor, offenderId: Prisma.Sql): Prisma.Sql {
  const restriction = (extra: Prisma.Sql) => Prisma.sql`SELECT 1 FROM "AccessRestriction" x WHERE x."offenderId" = ${offenderId} AND ${extra}`
  return Prisma.sql`(NOT EXISTS (${restriction(Prisma.sql`x.kind = 'EXCLUSION' AND x."userId" = ${actor.userId}::uuid`)})
    AND (NOT EXISTS (${restriction(Prisma.sql`x.kind = 'RESTRICTION'`)})
      OR EXISTS (${restriction(Prisma.sql`x.kind = 'RESTRICTION' AND x."userId" = ${actor.userId}::uuid`)})))`
}
