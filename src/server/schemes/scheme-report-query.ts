import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import type { PeriodServed } from '../../lib/outcomes/scheme-costs'
import { prisma } from '../db'
import { asCounts, londonDate, type IndicatorCounts } from '../outcomes/person-joins'
import { reoffenceOf } from '../outcomes/reoffending-query'
import { volunteerTimeCte } from '../cosa/volunteer-time-sql'

/**
 * A scheme's participations, derived from recorded data (issue 14 item A), one row per person and spell
 * (offender_id, starts, ends — London dates, ends null while it lasts): the core members of the provider's circles
 * (circle start to closing); the members of the IOM cohort (from selection; the record keeps no dated end); the people
 * whose referral to the partner service was accepted (decision to closing). Only the scheme's own target matches.
 */
const participations = (schemeId: string) => Prisma.sql`
  WITH sch AS (SELECT * FROM "CommissionedScheme" WHERE id = ${schemeId}::uuid),
  funding AS (SELECT "startsOn" AS s, "endsOn" AS e, "amountPence" AS amount FROM "SchemeFunding" WHERE "schemeId" = ${schemeId}::uuid),
  span AS (SELECT min(s) AS s, max(e) AS e FROM funding),
  spell AS (
    -- From the day the circle started, not its first meeting, which may fall after it closed (re-walk D9 of issue 16).
    -- A circle never started (still forming, or withdrawn while forming: walk 35) served nobody.
    SELECT k."coreMemberId" AS offender_id, k."startedOn" AS starts, k."closedOn" AS ends
    FROM "Circle" k JOIN sch ON sch.serves = 'COSA_CIRCLES' AND k."providerAgencyId" = sch."providerAgencyId" WHERE k."startedOn" IS NOT NULL
    UNION ALL
    SELECT m."offenderId", m."selectedOn", NULL::date
    FROM "IomMember" m JOIN sch ON sch.serves = 'IOM_COHORT' AND m."cohortId" = sch."iomCohortId"
    UNION ALL
    SELECT r."offenderId", ${londonDate(Prisma.sql`r."decidedAt"`)}, ${londonDate(Prisma.sql`r."closedAt"`)}
    FROM "PartnerReferral" r JOIN sch ON sch.serves = 'PARTNER_SERVICE' AND r."serviceId" = sch."partnerServiceId"
    WHERE r.status IN ('ACCEPTED', 'COMPLETED') AND r."decidedAt" IS NOT NULL
  ),
  served AS (SELECT p.* FROM spell p, span WHERE p.starts <= span.e AND (p.ends IS NULL OR p.ends >= span.s))`

/**
 * People served in each funding period (a spell overlapping the period, both ends inclusive), oldest first, and the
 * whole scheme (distinct people over every period, with the total amount) last. Raw counts: see schemeCosts.
 */
export async function queryPeriodsServed(schemeId: string): Promise<PeriodServed[]> {
  const rows = await prisma.$queryRaw<{ starts_on: string | null; ends_on: string | null; amount: bigint; served: number }[]>`
    ${participations(schemeId)}
    SELECT to_char(f.s, 'YYYY-MM-DD') AS starts_on, to_char(f.e, 'YYYY-MM-DD') AS ends_on, f.amount::bigint AS amount,
      (SELECT count(DISTINCT v.offender_id) FROM served v WHERE v.starts <= f.e AND (v.ends IS NULL OR v.ends >= f.s))::int AS served
    FROM funding f
    UNION ALL
    SELECT NULL, NULL, (SELECT COALESCE(sum(amount), 0) FROM funding)::bigint, (SELECT count(DISTINCT offender_id) FROM served)::int
    ORDER BY 1 NULLS LAST`
  return rows.map((r) => ({ startsOn: r.starts_on, endsOn: r.ends_on, amountPence: Number(r.amount), served: r.served }))
}

/**
 * Outcomes of a scheme's participants (issue 14 item A) against the indicators' definitions: each person counted
 * once, from the later of their first spell's start and the scheme's first funded day; proven reoffending by the MoJ
 * rule from that day (any, and sexual — the COSA measure), counted only for people whose 18 months are over on
 * `today` ("followed up"); and, for COSA schemes, the hours the provider's volunteers actually gave within the funded
 * span (meetings attended per the minutes, supervision, training: `volunteerTimeCte`, the coordinators' report's
 * definition). One row, raw counts.
 */
export async function queryParticipantOutcomes(schemeId: string, today: string): Promise<IndicatorCounts> {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    ${participations(schemeId)},
    ${volunteerTimeCte},
    c AS (SELECT v.offender_id, GREATEST(min(v.starts), (SELECT s FROM span)) AS day, NULL::uuid AS source_id FROM served v GROUP BY v.offender_id),
    m AS (
      SELECT c.offender_id, c.day + interval '18 months' <= ${today}::date AS followed,
        EXISTS (SELECT 1 FROM "ProvenOffence" p WHERE ${reoffenceOf}) AS reoffended,
        EXISTS (SELECT 1 FROM "ProvenOffence" p WHERE ${reoffenceOf} AND p.category = 'SEXUAL') AS sexual
      FROM c
    )
    SELECT 'all' AS quarter, 'all' AS key, count(*)::int AS participants,
      (count(*) FILTER (WHERE m.followed))::int AS "followedUp",
      (count(*) FILTER (WHERE m.followed AND m.reoffended))::int AS reoffenders,
      (count(*) FILTER (WHERE m.followed AND m.sexual))::int AS "sexualReoffenders",
      (SELECT round(COALESCE(sum(vt.minutes) / 60, 0))
         FROM vt JOIN sch ON sch.serves = 'COSA_CIRCLES' AND vt.agency_id = sch."providerAgencyId", span
         WHERE vt.day BETWEEN span.s AND span.e)::int AS "volunteerHours"
    FROM m`
  return asCounts(rows)[0]!
}
