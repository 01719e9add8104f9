import 'server-only'
import { Prisma } from '../../generated/prisma/client'
import type { Region } from '../../generated/prisma/enums'
import type { Tx } from '../db'
import { laoVisibleSql, type Actor } from '../policy'
import { criteriaSql, lookbackStart, type CohortCriteria } from './candidate-criteria'
import { cohortAreaSql } from './cohort-area'

type Cohort = CohortCriteria & { id: string; region: Region; lduId: string | null; localAuthorityIds: string[] }

export type CandidateRow = {
  id: string
  crn: string
  firstName: string
  lastName: string
  dateOfBirth: Date
  lduName: string
  lduNameCy: string | null
  ogrs: number | null
  recentConvictions: number
  offenceCategories: string[]
  decisionSelected: boolean | null
  decisionReason: string | null
  decisionPanelOn: Date | null
}

/**
 * The candidate rows of a cohort in ONE query (issue 18 item 2): people of its area on an active sentence who meet
 * all its criteria (the conviction count is a correlated count, not a grouped query plus `id IN (…)`), are not
 * current members, and are not Limited Access Offenders for the actor; highest OGRS first (none last), then name,
 * then CRN (unique, so ties are stable). Each row carries what the panel needs, the last panel decision included.
 * @param limit the most rows returned
 */
export function candidateRows(db: Pick<Tx, '$queryRaw'>, actor: Actor, cohort: Cohort, today: Date, limit: number): Promise<CandidateRow[]> {
  const since = lookbackStart(cohort, today).toISOString().slice(0, 10)
  // With a minimum score nobody unscored is listed, and "DESC" (nulls first) is then the same order as "DESC NULLS
  // LAST" but the one the score index ("RiskProfile_ogrs3Year2_idx") gives, so the query stops after `limit` people.
  const byScore = cohort.minOgrs === null ? Prisma.sql`r."ogrs3Year2" DESC NULLS LAST` : Prisma.sql`r."ogrs3Year2" DESC`
  return db.$queryRaw<CandidateRow[]>`
    SELECT o.id::text AS id, o.crn, o."firstName", o."lastName", o."dateOfBirth", ldu.name AS "lduName", ldu."nameCy" AS "lduNameCy",
      r."ogrs3Year2"::float8 AS ogrs,
      (SELECT count(*)::int FROM "Sentence" s WHERE s."offenderId" = o.id AND s."startDate" >= ${since}::date) AS "recentConvictions",
      ARRAY(SELECT DISTINCT s."offenceCategory"::text FROM "Sentence" s WHERE s."offenderId" = o.id) AS "offenceCategories",
      d.selected AS "decisionSelected", d.reason AS "decisionReason", d."panelOn" AS "decisionPanelOn"
    FROM "Offender" o
    JOIN "Area" ldu ON ldu.id = o."lduId"
    LEFT JOIN "RiskProfile" r ON r."offenderId" = o.id
    LEFT JOIN LATERAL (SELECT p.selected, p.reason, p."panelOn" FROM "IomPanelDecision" p
      WHERE p."offenderId" = o.id AND p."cohortId" = ${cohort.id}::uuid ORDER BY p."decidedAt" DESC LIMIT 1) d ON TRUE
    WHERE ${cohortAreaSql(cohort)}
      AND EXISTS (SELECT 1 FROM "Sentence" s WHERE s."offenderId" = o.id AND s.status = 'ACTIVE')
      AND NOT EXISTS (SELECT 1 FROM "IomMember" m WHERE m."offenderId" = o.id AND m."cohortId" = ${cohort.id}::uuid AND m.status <> 'DESELECTED')
      AND ${laoVisibleSql(actor, Prisma.sql`o.id`)}
      AND ${criteriaSql(cohort, today)}
    ORDER BY ${byScore}, o."lastName", o."firstName", o.crn
    LIMIT ${limit}`
}
