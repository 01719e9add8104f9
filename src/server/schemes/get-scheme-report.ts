import 'server-only'
import { todayInLondon } from '../../lib/dates'
import type { Shown } from '../../lib/outcomes/disclosure'
import { schemeCosts, type PeriodCost } from '../../lib/outcomes/scheme-costs'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { controlRows, type MeasureDef } from '../outcomes/indicator-table'
import type { Actor } from '../policy'
import { getVisibleScheme } from './find-schemes'
import { queryParticipantOutcomes, queryPeriodsServed } from './scheme-report-query'

/** The participants' outcome measures of a scheme; the sexual reoffending and volunteer hours are COSA's own. */
export const schemeOutcomeMeasures: MeasureDef[] = [
  { id: 'participants' }, { id: 'followedUp', of: 'participants' }, { id: 'reoffenders', of: 'followedUp' }, { id: 'sexualReoffenders', of: 'followedUp' }, { id: 'volunteerHours' },
]

export type SchemeReport = {
  scheme: Awaited<ReturnType<typeof getVisibleScheme>>
  /** Each funding period oldest first, then the whole scheme (`startsOn` null). */
  costs: PeriodCost[]
  outcomes: Record<string, Shown>
}

/**
 * A commissioned scheme's report (issue 14 item A): its funding, the people served and cost per participant per
 * period and overall, and its participants' outcomes (proven reoffending, and for COSA sexual reoffending and
 * volunteer hours), all disclosure-controlled; aggregates only, never a name. Input: the scheme id. NOT_FOUND when
 * the scheme is outside the actor's scope (schemeReadScope), FORBIDDEN without `scheme.view`. One audit row per view.
 */
export async function getSchemeReport(actor: Actor, schemeId: unknown): Promise<SchemeReport> {
  const scheme = await getVisibleScheme(actor, schemeId)
  const [periods, outcomes] = await Promise.all([queryPeriodsServed(scheme.id), queryParticipantOutcomes(scheme.id, todayInLondon())])
  await recordAudit(prisma, actor, { action: 'scheme.view', subjectType: 'CommissionedScheme', subjectId: scheme.id })
  return { scheme, costs: schemeCosts(periods), outcomes: controlRows([outcomes], schemeOutcomeMeasures, true)[0]! }
}
