import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { utcSql } from '../audit/audit-sql'
import { absenceWindowStart } from './enforcement-rules'

/**
 * Unacceptable absences (failures to attend an appointment without an acceptable reason) in the 12 months up to
 * now, counted from midnight (London) of the same date a year ago, as a scalar SQL subquery (an int), so the record's
 * read sends it with its other figures (issue 18 item 1). The caller has already checked the person is in the
 * actor's scope; sensitive entries count only for roles that may read them (security.md AC-4).
 */
export function unacceptableAbsencesSql(offenderId: string, includeSensitive: boolean, now: Date): Prisma.Sql {
  return Prisma.sql`(SELECT count(*)::int FROM "Contact" c WHERE c."offenderId" = ${offenderId}::uuid AND c.type = 'APPOINTMENT'
    AND c.outcome = 'FAILED_TO_ATTEND' AND c."cancelledAt" IS NULL
    AND c."occurredAt" >= ${utcSql(absenceWindowStart(now))} AND c."occurredAt" <= ${utcSql(now)}
    ${includeSensitive ? Prisma.empty : Prisma.sql`AND NOT c."isSensitive"`})`
}
