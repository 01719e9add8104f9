import { Prisma } from '../../src/generated/prisma/client'
import type { Actor } from '../../src/server/policy'

/**
 * The bench officer's read rule in bare SQL, on the person `o`: a probation officer reaches their own, their team's
 * and their LDU's people, and anyone they opened by break-glass while it lasts (policy/scopes.ts); `notLimited` is
 * Limited Access (security.md AC-5): not excluded, and no restriction list or named on it.
 */
export function officerScopeSql(actor: Actor) {
  const me = Prisma.sql`${actor.userId}::uuid`
  return {
    me,
    inScope: Prisma.sql`(o."offenderManagerId" = ${me} OR o."teamId" = ${actor.teamId}::uuid OR o."lduId" = ${actor.lduId}::uuid
      OR EXISTS (SELECT 1 FROM "BreakGlassAccess" b WHERE b."offenderId" = o.id AND b."userId" = ${me} AND b."from" <= now() AND b.until > now()))`,
    notLimited: Prisma.sql`NOT EXISTS (SELECT 1 FROM "AccessRestriction" x WHERE x."offenderId" = o.id AND (x.kind = 'EXCLUSION' AND x."userId" = ${me}
      OR x.kind = 'RESTRICTION' AND NOT EXISTS (SELECT 1 FROM "AccessRestriction" y WHERE y."offenderId" = o.id AND y.kind = 'RESTRICTION' AND y."userId" = ${me})))`,
  }
}
