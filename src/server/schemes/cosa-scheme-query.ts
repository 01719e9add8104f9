import 'server-only'
import { prisma } from '../db'
import type { MeasureDef } from '../outcomes/indicator-table'
import { asCounts, londonDate, type IndicatorCounts } from '../outcomes/person-joins'
import { Prisma } from '../../generated/prisma/client'

const statuses = ['forming', 'active', 'ending', 'closed'] as const
const scores = ['feltSupported', 'lessIsolated', 'copingBetter', 'confidentFuture'] as const

/**
 * A COSA scheme's circles by status (parts of all its circles, so one withheld alone gets a partner withheld) and
 * its end-of-circle questionnaires with the mean score of each statement (1 to 5; shown on 10 or more).
 */
export const cosaSchemeMeasures: MeasureDef[] = [
  { id: 'circles' }, ...statuses.map((id) => ({ id, part: 'status' })),
  { id: 'questionnaires' }, ...scores.map((id) => ({ id, mean: 'questionnaires' })),
]

/**
 * The circles a COSA scheme paid for (issue 14 item 4): the provider's circles whose life overlaps the funded span —
 * from the day it started (else its first meeting's date, or, while still forming, the day the circle was set up; re-walk
 * D9 of issue 16: the first meeting may fall after it closed) to the closing date — counted by their
 * status today; and the end-of-circle questionnaires of those circles completed within the span, with the sum of each
 * statement's scores (means are worked out under disclosure control). One row of raw counts; zeros for other schemes.
 */
export async function queryCosaSchemeCircles(schemeId: string): Promise<IndicatorCounts> {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    WITH sch AS (SELECT * FROM "CommissionedScheme" WHERE id = ${schemeId}::uuid AND serves = 'COSA_CIRCLES'),
    span AS (SELECT min("startsOn") AS s, max("endsOn") AS e FROM "SchemeFunding" WHERE "schemeId" = ${schemeId}::uuid),
    k AS (
      SELECT c.* FROM "Circle" c JOIN sch ON c."providerAgencyId" = sch."providerAgencyId", span
      WHERE COALESCE(c."startedOn", c."startDate", ${londonDate(Prisma.sql`c."createdAt"`)}) <= span.e AND (c."closedOn" IS NULL OR c."closedOn" >= span.s)
    ),
    x AS (SELECT q.* FROM "CircleQuestionnaire" q JOIN k ON k.id = q."circleId", span WHERE q."completedOn" BETWEEN span.s AND span.e)
    SELECT 'all' AS quarter, 'all' AS key,
      (SELECT count(*) FROM k)::int AS circles,
      (SELECT count(*) FROM k WHERE status = 'FORMING')::int AS forming,
      (SELECT count(*) FROM k WHERE status = 'ACTIVE')::int AS active,
      (SELECT count(*) FROM k WHERE status = 'ENDING')::int AS ending,
      (SELECT count(*) FROM k WHERE status = 'CLOSED')::int AS closed,
      (SELECT count(*) FROM x)::int AS questionnaires,
      (SELECT COALESCE(sum("feltSupported"), 0) FROM x)::int AS "feltSupported",
      (SELECT COALESCE(sum("lessIsolated"), 0) FROM x)::int AS "lessIsolated",
      (SELECT COALESCE(sum("copingBetter"), 0) FROM x)::int AS "copingBetter",
      (SELECT COALESCE(sum("confidentFuture"), 0) FROM x)::int AS "confidentFuture"`
  return asCounts(rows)[0]!
}
