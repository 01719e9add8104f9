import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import type { Actor } from '../policy'
import type { AuditAction } from './audit-actions'

/** `now` as the UTC timestamp the audit and contact columns hold (they are `timestamp` without a zone, in UTC). */
export const utcSql = (now: Date): Prisma.Sql => Prisma.sql`(${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')`

/**
 * recordAudit (record-audit.ts) as the start of an SQL statement, for a read that writes its audit row in the same
 * statement (security.md LG-1, issue 18): `INSERT INTO "AuditEvent" (…) SELECT …` with who, agency, roles and the
 * session taken from the actor, never from the caller. `detail` may read the statement's other CTEs (a count); the
 * caller may add `FROM …` and `RETURNING …`. Input: the actor, the entry, `now` (UTC). Output: an SQL fragment.
 */
export function auditInsertSql(
  actor: Actor,
  entry: { action: AuditAction; subjectType: string; subjectId?: string | null; offenderId?: string | null; detail?: Prisma.Sql },
  now: Date,
): Prisma.Sql {
  return Prisma.sql`INSERT INTO "AuditEvent" ("occurredAt", "actorUserId", "actorAgencyId", "actorRoles", action, "subjectType", "subjectId", "offenderId", detail, "correlationId")
    SELECT ${utcSql(now)}, ${actor.userId}::uuid, ${actor.agencyId}::uuid, ${actor.roles}::text[]::"Role"[], ${entry.action}, ${entry.subjectType},
      ${entry.subjectId ?? null}::text, ${entry.offenderId ?? null}::uuid, (${entry.detail ?? Prisma.sql`NULL`})::jsonb, ${actor.sessionId}::text`
}
