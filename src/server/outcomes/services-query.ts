import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import { addMonths } from '../../lib/outcomes/quarters'
import { bankHolidays } from '../../lib/working-days'
import { ASSESSMENT_WORKING_DAYS, CARE_PLAN_WORKING_DAYS } from '../partners/service-level'
import type { MeasureDef } from './indicator-table'
import { startWindow, type TOutcomeFilter } from './outcome-filter'
import { countIndicator, type IndicatorDef } from './indicator-events'
import type { IndicatorCounts } from './person-joins'

/** Priority substance-misuse referrals made, assessed in time; assessed ones, care plan started in time; programmes completed. */
export const serviceMeasures: MeasureDef[] = [{ id: 'referrals' }, { id: 'assessedInTime', of: 'referrals' }, { id: 'assessed' }, { id: 'carePlanInTime', of: 'assessed' }, { id: 'programmes' }]

// England-and-Wales bank holidays of the window's years and the next (a clock can run past the year end), as the
// same rule the service-level clocks use (src/lib/working-days.ts), so SQL and the partner's screen agree.
export function holidays(w: { from: string; to: string }): string[] {
  const first = Number(w.from.slice(0, 4))
  const last = Number(addMonths(w.to, 2).slice(0, 4))
  return Array.from({ length: last - first + 1 }, (_, i) => [...bankHolidays(first + i)]).flat()
}

// The `n`th working day after a date (the day itself not counted), in SQL, with the holidays as parameter `h`.
export const nthWorkingDay = (day: Prisma.Sql, n: number, h: string[]) => Prisma.sql`(SELECT d::date FROM generate_series((${day} + 1)::timestamp, (${day} + 60)::timestamp, interval '1 day') d
  WHERE extract(isodow FROM d) < 6 AND d::date <> ALL(${h}::date[]) ORDER BY d OFFSET ${n - 1} LIMIT 1)`

/**
 * Service levels and programme completions (strategy P3 "Services"; domain.md "The nine pathways"): priority referrals
 * to substance-misuse services made in the window (London date), less those rejected or withdrawn before assessment,
 * and how many were assessed within 5 working days; of those assessed, how many had a care plan started within 10
 * working days of the assessment (less those closed before one); and accredited programme requirements completed in
 * the window (the day the last hours were recorded). Counted by the quarter the referral was made or the programme
 * completed.
 */
export const services: IndicatorDef = {
  events: (f) => {
    const w = startWindow(f)
    const h = holidays(w)
    const referralDay = Prisma.sql`(r."createdAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/London')::date`
    return Prisma.sql`
    WITH m AS (
      SELECT r."offenderId" AS offender_id, ${referralDay} AS day, 'referral' AS kind,
        (r."assessedOn" IS NOT NULL OR r.status IN ('SUBMITTED', 'ACCEPTED')) AS counted,
        (r."assessedOn" <= ${nthWorkingDay(referralDay, ASSESSMENT_WORKING_DAYS, h)}) AS assessed_in_time,
        (r."assessedOn" IS NOT NULL AND (r."carePlanStartedOn" IS NOT NULL OR r.status IN ('SUBMITTED', 'ACCEPTED'))) AS care_plan_counted,
        (r."carePlanStartedOn" <= ${nthWorkingDay(Prisma.sql`r."assessedOn"`, CARE_PLAN_WORKING_DAYS, h)}) AS care_plan_in_time
      FROM "PartnerReferral" r JOIN "PartnerService" s ON s.id = r."serviceId"
      WHERE r.priority AND s."substanceMisuse"
        AND r."createdAt" >= (${w.from}::date::timestamp AT TIME ZONE 'Europe/London' AT TIME ZONE 'UTC')
        AND r."createdAt" < (${w.to}::date::timestamp AT TIME ZONE 'Europe/London' AT TIME ZONE 'UTC')
      UNION ALL
      SELECT s."offenderId", done.day, 'programme', TRUE, FALSE, FALSE, FALSE
      FROM "SentenceRequirement" q JOIN "Sentence" s ON s.id = q."sentenceId"
      CROSS JOIN LATERAL (SELECT max(p."workedOn") AS day FROM "RequirementProgress" p WHERE p."requirementId" = q.id) done
      WHERE q.kind = 'ACCREDITED_PROGRAMME' AND q."unitsOrdered" IS NOT NULL AND q."unitsCompleted" >= q."unitsOrdered"
        AND done.day >= ${w.from}::date AND done.day < ${w.to}::date
    )`
  },
  counts: {
    referrals: Prisma.sql`m.kind = 'referral' AND m.counted`,
    assessedInTime: Prisma.sql`m.kind = 'referral' AND m.counted AND m.assessed_in_time`,
    assessed: Prisma.sql`m.kind = 'referral' AND m.care_plan_counted`,
    carePlanInTime: Prisma.sql`m.kind = 'referral' AND m.care_plan_counted AND m.care_plan_in_time`,
    programmes: Prisma.sql`m.kind = 'programme'`,
  },
}

/** Raw counts of services per quarter and breakdown key. */
export const queryServices = (f: TOutcomeFilter): Promise<IndicatorCounts[]> => countIndicator(services, f)
