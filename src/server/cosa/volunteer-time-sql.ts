import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { prisma } from '../db'
import { londonDate } from '../outcomes/person-joins'
import type { TTimeEntry, TTimeKind } from './volunteer-time'

/**
 * Volunteer time actually given, in SQL: the one definition behind the coordinators' volunteer-hours report, the
 * outcome dashboard's COSA volunteer hours and a COSA scheme's hours (issue 16 item 12; issue 14 "COSA: volunteer
 * hours actually given (meetings attended per minutes, supervision, training)"). A CTE `vt`, one row per piece of
 * time: `agency_id` (the volunteer's provider), `volunteer_id`, `day` (London date), `kind` ('meeting' |
 * 'supervision' | 'training'), `minutes` (numeric) and `circle_id` (the meeting's circle; null for supervision and
 * training, which belong to no one circle). Meeting time counts only the provider's own volunteers the minutes name
 * as present (a rota place is not attendance; a meeting without minutes counts for no one), for the meeting's
 * length; supervision sessions and initial training count at their recorded lengths, on their dates.
 */
export const volunteerTimeCte = Prisma.sql`vt AS (
  SELECT c."providerAgencyId" AS agency_id, v.id AS volunteer_id, ${londonDate(Prisma.sql`g."startsAt"`)} AS day, 'meeting' AS kind,
    extract(epoch FROM g."endsAt" - g."startsAt") / 60 AS minutes, c.id AS circle_id
  FROM "CircleMinutes" mi JOIN "CircleMeeting" g ON g.id = mi."meetingId" JOIN "Circle" c ON c.id = g."circleId"
  CROSS JOIN LATERAL unnest(mi."presentVolunteerIds") AS present(volunteer_id)
  JOIN "CosaVolunteer" v ON v.id = present.volunteer_id AND v."agencyId" = c."providerAgencyId"
  UNION ALL
  SELECT v."agencyId", v.id, s."heldOn", 'supervision', s.minutes::numeric, NULL::uuid
  FROM "CosaSupervision" s JOIN "CosaVolunteer" v ON v.id = s."volunteerId"
  UNION ALL
  SELECT v."agencyId", v.id, v."trainingCompletedOn", 'training', v."trainingMinutes"::numeric, NULL::uuid
  FROM "CosaVolunteer" v WHERE v."trainingCompletedOn" IS NOT NULL AND v."trainingMinutes" IS NOT NULL
)`

/**
 * The pieces of time a provider's volunteers gave from London date `since` (YYYY-MM-DD) on, as entries for
 * sumByVolunteerMonth (month 'YYYY-MM', minutes). Not authorised or audited: the caller (volunteerTime) is.
 */
export async function volunteerTimeEntries(agencyId: string, since: string): Promise<TTimeEntry[]> {
  const rows = await prisma.$queryRaw<{ volunteer_id: string; month: string; kind: TTimeKind; minutes: number }[]>`
    WITH ${volunteerTimeCte}
    SELECT volunteer_id::text AS volunteer_id, to_char(day, 'YYYY-MM') AS month, kind, minutes::float8 AS minutes
    FROM vt WHERE agency_id = ${agencyId}::uuid AND day >= ${since}::date`
  return rows.map((r) => ({ volunteerId: r.volunteer_id, month: r.month, kind: r.kind, minutes: Number(r.minutes) }))
}

/**
 * `vt` placed under core members, for figures filtered and broken down by person (the outcome dashboard): rows
 * `offender_id`, `day`, `hours`. Meeting time goes to the meeting's circle's core member. Supervision and training
 * serve every circle the volunteer sits in, so they are shared equally between the core members of the provider's
 * circles the volunteer was a member of that day, or, if none that day (training before a first circle, supervision
 * after leaving), of every circle of that provider they have been a member of. Time of a volunteer never in a circle
 * serves the provider's scheme: it is shared between the provider's circles running that day (started, not closed),
 * or, if none, every circle the provider has had. So every piece of the coordinators' report is placed, and the
 * dashboard's hours for a provider's people are the report's (re-check of issue 14, D2); only a provider with no
 * circle at all has time with no core member (`circles` null in `vt_circles`): the dashboard counts that where the
 * provider is (cosa-query.ts, unplacedVolunteerHours). Shares add up to the time, so breakdowns still sum.
 */
export const placedVolunteerTimeCte = Prisma.sql`${volunteerTimeCte},
  vt_circles AS (
    SELECT t.*, CASE WHEN t.circle_id IS NOT NULL THEN ARRAY[t.circle_id] ELSE COALESCE(
      (SELECT COALESCE(
        array_agg(DISTINCT cm."circleId") FILTER (WHERE cm."joinedOn" <= t.day AND (cm."leftOn" IS NULL OR cm."leftOn" >= t.day)),
        array_agg(DISTINCT cm."circleId"))
      FROM "CircleMember" cm JOIN "Circle" k ON k.id = cm."circleId" AND k."providerAgencyId" = t.agency_id
      WHERE cm."volunteerId" = t.volunteer_id),
      (SELECT COALESCE(
        array_agg(k.id) FILTER (WHERE k."startDate" <= t.day AND (k."closedOn" IS NULL OR k."closedOn" >= t.day)),
        array_agg(k.id))
      FROM "Circle" k WHERE k."providerAgencyId" = t.agency_id)) END AS circles
    FROM vt t
  ),
  placed_time AS (
    SELECT k."coreMemberId" AS offender_id, t.day, t.minutes / cardinality(t.circles) / 60 AS hours
    FROM vt_circles t CROSS JOIN LATERAL unnest(t.circles) AS placed(circle_id) JOIN "Circle" k ON k.id = placed.circle_id
    WHERE cardinality(t.circles) > 0
  )`
