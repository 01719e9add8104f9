import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { Pathway } from '../../generated/prisma/enums'
import { readOutcomeRows } from './outcome-query'
import { ASSESSMENT_WORKING_DAYS, CARE_PLAN_WORKING_DAYS } from '../partners/service-level'
import type { MeasureDef } from './indicator-table'
import { breakdownKey, personConditions, startWindow, type TOutcomeFilter } from './outcome-filter'
import type { AreaLevel } from './area-levels'
import { asCounts, londonDate, type IndicatorCounts } from './person-joins'
import { holidays, nthWorkingDay } from './services-query'

/** The nine resettlement pathways, in the order the record shows them (domain.md "The nine pathways"). */
export const pathwayKeys = Object.values(Pathway)

/**
 * Per pathway, figures of referrals made in the window (each referral is on exactly one pathway, so these add up to
 * the total): assessed within 5 working days, care plan started within 10 working days of assessment, and outcome
 * achieved of those with an outcome. People with a need are not parts of a total (a person has needs on several
 * pathways), so they are never summed and never secondary-suppressed against one another.
 */
export const pathwayReferralMeasures: MeasureDef[] = [
  { id: 'referrals' }, { id: 'assessedInTime', of: 'referrals' }, { id: 'assessed' }, { id: 'carePlanInTime', of: 'assessed' }, { id: 'withOutcome' }, { id: 'achieved', of: 'withOutcome' },
]
export const pathwayNeedMeasures: MeasureDef[] = [{ id: 'peopleWithNeed' }]

/**
 * Resettlement pathway figures for a filter's whole window (issue 14 item 3), one row per pathway (key = pathway,
 * quarter "all"; pathways with nothing recorded are absent): people in the filter with a low, medium or high need on
 * the pathway by their last update before the window ended; and the referrals to partner services on the pathway
 * made in the window (London date), less those rejected or withdrawn before assessment, with the same working-day
 * clocks as the services indicator (src/server/partners/service-level.ts) and their recorded outcome. Raw counts.
 * With `area`, one row per pathway and area of that level (key: pathwayAreaKey; no area recorded: ''); with
 * `byAgency`, one row per pathway (and area) and responsible agency (key: withAgency, split by agencyOfKey).
 */
export async function queryPathways(f: TOutcomeFilter, area?: AreaLevel, byAgency = false): Promise<IndicatorCounts[]> {
  const place = area ? Prisma.sql`m.pathway || ${AREA_SEPARATOR} || COALESCE(${breakdownKey(area).key}, '')` : Prisma.sql`m.pathway`
  const key = byAgency ? Prisma.sql`${place} || ${AGENCY_SEPARATOR} || ${breakdownKey('agency').key}` : place
  const w = startWindow(f)
  const h = holidays(w)
  const referralDay = londonDate(Prisma.sql`r."createdAt"`)
  return asCounts(await readOutcomeRows<Record<string, unknown>>(Prisma.sql`
    WITH m AS (
      SELECT r."offenderId" AS offender_id, ${referralDay} AS day, r.pathway::text AS pathway, 'referral' AS kind,
        (r."assessedOn" IS NOT NULL OR r.status IN ('SUBMITTED', 'ACCEPTED')) AS counted,
        (r."assessedOn" <= ${nthWorkingDay(referralDay, ASSESSMENT_WORKING_DAYS, h)}) AS assessed_in_time,
        (r."assessedOn" IS NOT NULL AND (r."carePlanStartedOn" IS NOT NULL OR r.status IN ('SUBMITTED', 'ACCEPTED'))) AS care_plan_counted,
        (r."carePlanStartedOn" <= ${nthWorkingDay(Prisma.sql`r."assessedOn"`, CARE_PLAN_WORKING_DAYS, h)}) AS care_plan_in_time,
        r.outcome::text AS outcome
      FROM "PartnerReferral" r
      WHERE r."createdAt" >= (${w.from}::date::timestamp AT TIME ZONE 'Europe/London' AT TIME ZONE 'UTC')
        AND r."createdAt" < (${w.to}::date::timestamp AT TIME ZONE 'Europe/London' AT TIME ZONE 'UTC')
      UNION ALL
      SELECT a."offenderId", ${w.to}::date - 1, a.pathway::text, 'need', FALSE, FALSE, FALSE, FALSE, NULL
      FROM "PathwayAssessment" a
      CROSS JOIN LATERAL (
        SELECT u.need FROM "PathwayUpdate" u
        WHERE u."assessmentId" = a.id AND ${londonDate(Prisma.sql`u."createdAt"`)} < ${w.to}::date
        ORDER BY u."createdAt" DESC, u.id DESC LIMIT 1
      ) last
      WHERE last.need IN ('LOW', 'MEDIUM', 'HIGH')
    )
    SELECT 'all' AS quarter, ${key} AS key,
      (count(DISTINCT m.offender_id) FILTER (WHERE m.kind = 'need'))::int AS "peopleWithNeed",
      (count(*) FILTER (WHERE m.kind = 'referral' AND m.counted))::int AS referrals,
      (count(*) FILTER (WHERE m.kind = 'referral' AND m.counted AND m.assessed_in_time))::int AS "assessedInTime",
      (count(*) FILTER (WHERE m.kind = 'referral' AND m.care_plan_counted))::int AS assessed,
      (count(*) FILTER (WHERE m.kind = 'referral' AND m.care_plan_counted AND m.care_plan_in_time))::int AS "carePlanInTime",
      (count(*) FILTER (WHERE m.kind = 'referral' AND m.outcome IS NOT NULL))::int AS "withOutcome",
      (count(*) FILTER (WHERE m.kind = 'referral' AND m.outcome = 'ACHIEVED'))::int AS achieved
    FROM m
    JOIN "Offender" o ON o.id = m.offender_id
    LEFT JOIN "Area" ldu ON ldu.id = o."lduId"
    LEFT JOIN "LocalAuthority" la ON la.id = o."localAuthorityId"
    WHERE ${personConditions(f)}
    GROUP BY 2
    ORDER BY 2`))
}

const AREA_SEPARATOR = '\u0001'
const AGENCY_SEPARATOR = '\u0002'

/** A row of queryPathways with `byAgency`: its agency, and its key without it (as queryPathways gives it without). */
export const agencyOfKey = (key: string): { agency: string; key: string } => {
  const at = key.lastIndexOf(AGENCY_SEPARATOR)
  return { agency: key.slice(at + 1), key: key.slice(0, at) }
}

/** The key of a pathway's row in one area (queryPathways with `area`); '' for people with no area of that level. */
export const pathwayAreaKey = (pathway: string, area: string) => `${pathway}${AREA_SEPARATOR}${area}`

/** The area of a pathwayAreaKey. */
export const areaOfKey = (key: string) => key.slice(key.indexOf(AREA_SEPARATOR) + 1)
