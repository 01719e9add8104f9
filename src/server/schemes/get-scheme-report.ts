import 'server-only'
import { z } from 'zod'
import { todayInLondon } from '../../lib/dates'
import type { Shown } from '../../lib/outcomes/disclosure'
import { schemeCosts, type PeriodCost } from '../../lib/outcomes/scheme-costs'
import { recordAudit } from '../audit/record-audit'
import { prisma } from '../db'
import { controlRows, type MeasureDef } from '../outcomes/indicator-table'
import { authorize, type Actor } from '../policy'
import { cosaSchemeMeasures, queryCosaSchemeCircles } from './cosa-scheme-query'
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
  /** COSA schemes only (else null): circles by status and end-of-circle questionnaires (issue 14 item 4). */
  circles: Record<string, Shown> | null
  /** When these figures were computed (always directly, on request): the page's and downloads' "Figures as at". */
  asAt: Date
}

/**
 * A commissioned scheme's report (issue 14 item A): its funding, the people served and cost per participant per
 * period and overall, and its participants' outcomes (proven reoffending, and for COSA sexual reoffending and
 * volunteer hours), and for COSA schemes their circles by status and questionnaire results; all disclosure-controlled; aggregates only, never a name. Input: the scheme id. NOT_FOUND when
 * the scheme is outside the actor's scope (schemeReadScope), FORBIDDEN without `scheme.view`. One audit row per view.
 */
export async function getSchemeReport(actor: Actor, schemeId: unknown): Promise<SchemeReport> {
  const report = await reportOf(await getVisibleScheme(actor, schemeId))
  await recordAudit(prisma, actor, { action: 'scheme.view', subjectType: 'CommissionedScheme', subjectId: report.scheme.id })
  return report
}

/** The figures of a scheme the actor may see, disclosure-controlled: the one computation the page and its exports share. */
async function reportOf(scheme: SchemeReport['scheme']): Promise<SchemeReport> {
  const isCosa = scheme.serves === 'COSA_CIRCLES'
  const asAt = new Date()
  const [periods, outcomes, circles] = await Promise.all([queryPeriodsServed(scheme.id), queryParticipantOutcomes(scheme.id, todayInLondon()), isCosa ? queryCosaSchemeCircles(scheme.id) : null])
  return {
    scheme, costs: schemeCosts(periods), outcomes: controlRows([outcomes], schemeOutcomeMeasures, true)[0]!,
    circles: circles && controlRows([circles], cosaSchemeMeasures, true)[0]!, asAt,
  }
}

const ZSchemeExport = z.object({ schemeId: z.unknown(), format: z.enum(['csv', 'xlsx'], 'chooseOption') })

/**
 * A scheme's report for download (issue 14 item 2): exactly the page's figures (the same computation and disclosure
 * control), with the chosen format. Input: `schemeId` and `format` ("csv" or "xlsx"; anything else is a ZodError).
 * FORBIDDEN without `scheme.view`, NOT_FOUND outside the actor's scope. Audited as a disclosure ("scheme.export").
 */
export async function exportSchemeReport(actor: Actor, input: unknown): Promise<SchemeReport & { format: 'csv' | 'xlsx' }> {
  authorize(actor, 'scheme.view')
  const { schemeId, format } = ZSchemeExport.parse(input)
  const report = await reportOf(await getVisibleScheme(actor, schemeId))
  await recordAudit(prisma, actor, { action: 'scheme.export', subjectType: 'CommissionedScheme', subjectId: report.scheme.id, detail: { format } })
  return { ...report, format }
}
